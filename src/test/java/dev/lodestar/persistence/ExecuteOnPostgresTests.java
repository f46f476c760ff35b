package dev.lodestar.persistence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.feeds.HookSignature;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus-and-execute features over real HTTP on PostgreSQL, in a schema of their own
 * that is emptied and migrated afresh on every run: each feature's own SQL (the gaps, an
 * import, a hook call, comments and notifications, the activity feed, the week's
 * priorities, wins and kudos, reminders and webhooks) runs on PostgreSQL as well as on
 * H2.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_execute",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=lodestar_execute", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.jobs.polling-interval=200ms" })
@Import(CleanPostgresSchema.class)
class ExecuteOnPostgresTests extends ApiTest {

	@Test
	void aWeekOfFocusAndExecuteRunsOnPostgres() {
		Person owner = person("member");
		Person colleague = person("member");
		String team = team("Growth");
		join(team, owner, true);
		join(team, colleague, false);
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		String keyResult = keyResult(objective, owner.id());

		Reply checkIn = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 8));
		assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
		ok(owner.api().post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 22, "confidence", 5)),
				201);

		Reply gaps = owner.api().get("/api/v1/cycles/" + cycle + "/gaps?teamId=" + team);
		ok(gaps, 200);
		assertThat(gaps.json().get("items").get(0).get("confidenceChange").asInt()).isEqualTo(-3);

		String csv = "keyResultId,value,confidence,note\n" + keyResult + ",25,6,Imported\n";
		Reply imported = owner.api()
			.send("POST", "/api/v1/check-ins/import", csv, Map.of("Content-Type", "text/csv; charset=utf-8"));
		ok(imported, 201);
		assertThat(imported.json().get("applied").asInt()).isEqualTo(1);

		Reply hook = owner.api().post("/api/v1/key-results/" + keyResult + "/hook", "");
		ok(hook, 201);
		String body = "{\"value\": 30}";
		Reply called = this.anonymous.send("POST", URI.create(hook.field("url")).getPath(), body, Map
			.of(HookSignature.HEADER, HookSignature.of(hook.field("secret"), body.getBytes(StandardCharsets.UTF_8))));
		ok(called, 201);
		assertThat(called.field("source")).isEqualTo("webhook");

		ok(colleague.api()
			.post("/api/v1/check-ins/" + checkIn.field("id") + "/comments",
					Map.of("body", "Nice start, @" + owner.email().substring(0, owner.email().indexOf('@')))),
				201);
		Reply notifications = owner.api().get("/api/v1/notifications?unread=true");
		ok(notifications, 200);
		assertThat(notifications.json().get("unread").asInt()).isEqualTo(1);

		ok(this.admin.get("/api/v1/activity?teamId=" + team), 200);
		assertThat(this.admin.get("/api/v1/activity?teamId=" + team).json().get("total").asInt()).isGreaterThan(3);

		String monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
		ok(owner.api().post("/api/v1/teams/" + team + "/weeks/" + monday + "/priorities", Map.of("text", "Ship it")),
				201);
		ok(owner.api().post("/api/v1/teams/" + team + "/weeks/" + monday + "/wins", Map.of("text", "First 100")), 201);
		ok(owner.api().post("/api/v1/kudos", Map.of("toId", colleague.id(), "teamId", team, "message", "Thanks")), 201);
		Reply week = owner.api().get("/api/v1/teams/" + team + "/weeks/" + monday);
		ok(week, 200);
		assertThat(week.json().get("priorities").size()).isEqualTo(1);
		assertThat(week.json().get("kudos").size()).isEqualTo(1);

		ok(this.admin.patch("/api/v1/settings", Map.of("timeZone", "Europe/Berlin")), 200);
		ok(this.admin.post("/api/v1/reminders/check-ins", Map.of()), 200);
		ok(this.admin.post("/api/v1/rhythm/digests", Map.of()), 200);

		Reply webhook = this.admin.post("/api/v1/webhooks", Map.of("url", "https://hooks.lodestar.invalid/hook",
				"events", java.util.List.of("checkin.recorded"), "format", "json"));
		ok(webhook, 201);
		ok(owner.api().post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 31, "confidence", 6)),
				201);
		Reply deliveries = this.admin.get("/api/v1/webhooks/" + webhook.field("id") + "/deliveries");
		ok(deliveries, 200);
		assertThat(deliveries.json().get("total").asInt()).isEqualTo(1);
	}

	private static void ok(Reply reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
	}

}
