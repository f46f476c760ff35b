package dev.lodestar.conversations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentions and the notifications comments cause, over real HTTP: the right people hear of
 * a comment, once each, and each person reads and marks only their own.
 */
class NotificationsApiTests extends Conversing {

	@Test
	void aMentionNotifiesThePeopleItNamesAndNoOneElse() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		Person grace = named("Grace Hopper");
		Person alan = named("Alan Turing");
		Person bystander = named("Bea Bystander");
		String checkIn = checkIn(owner, owner.api());

		Reply posted = author.api()
			.post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "@" + handle(grace).toUpperCase()
					+ " and @" + handle(alan) + ", see this. Not @nobody-here, nor " + bystander.email() + "."));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		assertThat(posted.json().get("mentions").valueStream().map((m) -> m.get("personId").asString()))
			.containsExactlyInAnyOrder(grace.id(), alan.id());

		for (Person mentioned : List.of(grace, alan)) {
			JsonNode only = single(mentioned);
			assertThat(only.get("kind").asString()).isEqualTo("mention");
			assertThat(only.get("text").asString())
				.isEqualTo("Ann Author mentioned you in a comment on Weekly active teams");
			assertThat(only.get("link").asString())
				.isEqualTo("/check-ins/" + checkIn + "#comment-" + posted.field("id"));
			assertThat(only.get("read").asBoolean()).isFalse();
		}
		assertThat(single(owner).get("kind").asString()).isEqualTo("check-in-comment");
		assertThat(notifications(bystander).json().get("total").asInt()).isZero();
		assertThat(notifications(author).json().get("total").asInt()).isZero();
	}

	@Test
	void aCommentOnYourCheckInTellsYouAndTheKeyResultsOwnerEachForTheirReason() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		Person lead = named("Lea Lead");
		String team = team("Payments " + shortId());
		join(team, lead, true);
		String keyResult = keyResult(objective(cycle("execute"), team), owner.id());
		String checkIn = created(lead.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 5)));

		comment(author, checkIn, "Why the drop in confidence, @" + handle(lead) + "?");
		comment(author, checkIn, "And what would help?");

		assertThat(notifications(lead).json().get("items").valueStream().map((n) -> n.get("kind").asString()))
			.containsExactly("check-in-comment", "mention");
		assertThat(notifications(lead).json().get("items").get(0).get("text").asString())
			.isEqualTo("Ann Author commented on your check-in of Weekly active teams");
		assertThat(notifications(owner).json().get("items").valueStream().map((n) -> n.get("text").asString()))
			.containsOnly("Ann Author commented on a check-in of your key result Weekly active teams")
			.hasSize(2);
	}

	@Test
	void mentioningYourselfOrCommentingOnYourOwnCheckInTellsYouNothing() {
		Person owner = named("Olga Owner");
		comment(owner, checkIn(owner, owner.api()), "Note to self, @" + handle(owner));
		assertThat(notifications(owner).json().get("total").asInt()).isZero();
	}

	@Test
	void aHandleTwoPeopleShareIsRefusedAndTheWholeAddressNamesOne() {
		String local = "ada" + shortId();
		Person first = named("Ada One", local, "one.test");
		Person second = named("Ada Two", local, "two.test");
		Person author = named("Ann Author");
		String checkIn = checkIn(author, author.api());

		Reply ambiguous = author.api()
			.post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "Hi @" + local));
		assertThat(ambiguous.status()).isEqualTo(400);
		assertThat(ambiguous.errorFields()).containsExactly("body");
		assertThat(ambiguous.body()).contains("could be more than one person");

		comment(author, checkIn, "Hi @" + second.email());
		assertThat(unread(second)).isEqualTo(1);
		assertThat(unread(first)).isZero();
	}

	@Test
	void theUnreadCountFallsAsNotificationsAreMarkedRead() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		String checkIn = checkIn(owner, owner.api());
		for (int i = 0; i < 3; i++) {
			comment(author, checkIn, "Point " + i);
		}
		assertThat(unread(owner)).isEqualTo(3);
		String newest = notifications(owner).json().get("items").get(0).get("id").asString();

		assertThat(author.api().post("/api/v1/notifications/" + newest + "/read", null).status()).isEqualTo(404);
		Reply read = owner.api().post("/api/v1/notifications/" + newest + "/read", null);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().get("read").asBoolean()).isTrue();
		assertThat(read.field("readAt")).isNotNull();
		assertThat(unread(owner)).isEqualTo(2);
		Reply unreadOnly = owner.api().get("/api/v1/notifications?unread=true");
		assertThat(unreadOnly.json().get("total").asInt()).isEqualTo(2);
		assertThat(unreadOnly.json().get("unread").asInt()).isEqualTo(2);
		assertThat(unreadOnly.json().get("items").valueStream().map((n) -> n.get("id").asString()))
			.doesNotContain(newest);

		assertThat(owner.api().post("/api/v1/notifications/read", null).json().get("marked").asInt()).isEqualTo(2);
		assertThat(unread(owner)).isZero();
		assertThat(notifications(owner).json().get("total").asInt()).isEqualTo(3);
		assertThat(owner.api().post("/api/v1/notifications/" + UUID.randomUUID() + "/read", null).status())
			.isEqualTo(404);
		assertThat(this.anonymous.get("/api/v1/notifications").status()).isEqualTo(401);
	}

	private static JsonNode single(Person person) {
		Reply reply = notifications(person);
		assertThat(reply.json().get("total").asInt()).as(person.email() + ": " + reply).isEqualTo(1);
		return reply.json().get("items").get(0);
	}

}
