package dev.lodestar.conversations;

import java.util.Map;
import java.util.UUID;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the conversation tests set up: people with names and addresses of their own, and
 * check-ins to talk about.
 */
abstract class Conversing extends ApiTest {

	/**
	 * A member with a name, at {@code <handle>@<domain>}; a fresh handle unless given.
	 */
	protected Person named(String name, String handle, String domain) {
		String local = (handle != null) ? handle : name.toLowerCase().replace(' ', '.') + "." + shortId();
		String email = local + "@" + domain;
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", name, "email", email, "role", "member", "password", PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Person(created.field("id"), email, this.anonymous.withToken(token(email, PASSWORD)));
	}

	protected Person named(String name) {
		return named(name, null, "lodestar.test");
	}

	protected static String handle(Person person) {
		return person.email().substring(0, person.email().indexOf('@'));
	}

	/**
	 * A check-in by {@code by} of a key result {@code owner} owns, in a cycle in execute.
	 */
	protected String checkIn(Person owner, Api by) {
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		return created(
				by.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7)));
	}

	protected String comment(Person author, String checkIn, String body) {
		return created(author.api().post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", body)));
	}

	protected static Reply notifications(Person person) {
		Reply reply = person.api().get("/api/v1/notifications");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply;
	}

	protected static int unread(Person person) {
		return notifications(person).json().get("unread").asInt();
	}

	protected static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
