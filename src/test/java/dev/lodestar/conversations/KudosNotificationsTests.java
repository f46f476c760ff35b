package dev.lodestar.conversations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kudos reach the person they are for as a notification that leads to the team's Friday
 * page of that week.
 */
class KudosNotificationsTests extends ApiTest {

	@Test
	void kudosNotifyTheirRecipientAndNoOneElse() {
		Person giver = person("member");
		Person recipient = person("member");
		String team = team("Kudos notified");
		join(team, giver, false);

		Reply given = giver.api()
			.post("/api/v1/kudos", Map.of("toId", recipient.id(), "teamId", team, "message", "Thanks for the demo"));
		assertThat(given.status()).as(given.toString()).isEqualTo(201);

		Reply inbox = recipient.api().get("/api/v1/notifications?unread=true");
		assertThat(inbox.json().get("unread").asInt()).isEqualTo(1);
		JsonNode notification = inbox.json().get("items").get(0);
		assertThat(notification.get("kind").asString()).isEqualTo("kudos");
		assertThat(notification.get("text").asString()).isEqualTo("A member gave you kudos: Thanks for the demo");
		String monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
		assertThat(notification.get("link").asString()).isEqualTo("/teams/" + team + "/friday?week=" + monday);
		assertThat(giver.api().get("/api/v1/notifications").json().get("total").asInt()).isZero();
	}

}
