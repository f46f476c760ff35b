package dev.lodestar.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle taken from execute through reflect to closed, and its successor prepared from
 * it, entirely through the API, as an integration would do it.
 */
public class ReflectAndResetApiFlowTests extends ApiTest {

	@Test
	void aCycleGoesFromExecuteThroughReflectToClosedWithItsSuccessorPreparedFromIt() {
		String team = team("Payments " + UUID.randomUUID());
		Person lead = person("member");
		Person member = person("member");
		join(team, lead, true);
		join(team, member, false);
		String cycle = cycle("execute");
		String next = created(this.admin.post("/api/v1/cycles", Map.of("name", "Next " + UUID.randomUUID(), "startDate",
				LocalDate.now().plusDays(61).toString(), "endDate", LocalDate.now().plusDays(151).toString())));
		String objective = objective(cycle, team);
		String done = keyResult(objective, member.id());
		String halfway = keyResult(objective, lead.id());
		ok(member.api().post("/api/v1/key-results/" + done + "/check-ins", Map.of("value", 45, "confidence", 9)), 201);
		ok(lead.api().post("/api/v1/key-results/" + halfway + "/check-ins", Map.of("value", 30, "confidence", 5)), 201);

		// Reflect: scores, an adjustment with its reason, the retrospective, the survey.
		ok(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect")), 200);
		assertThat(this.admin.get("/api/v1/objectives/" + objective).json().get("score").asDouble())
			.isEqualTo((0.875 + 0.5) / 2);
		ok(lead.api()
			.patch("/api/v1/key-results/" + halfway,
					Map.of("score", 0.6, "scoreReason", "The migration finished two days late")),
				200);
		Reply retro = member.api()
			.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team, Map.of("worked", "Pairing", "didNotWork",
					"Late baselines", "change", "Baselines first", "held", true));
		ok(retro, 201);
		Reply survey = this.admin.get("/api/v1/cycles/" + cycle + "/survey");
		ok(survey, 200);
		List<Map<String, Object>> answers = new java.util.ArrayList<>();
		survey.json()
			.get("questions")
			.forEach((question) -> answers.add("scale".equals(question.get("kind").asString())
					? Map.of("questionId", question.get("id").asString(), "value", 4)
					: Map.of("questionId", question.get("id").asString(), "text", "Fewer key results")));
		ok(member.api().post("/api/v1/cycles/" + cycle + "/survey/responses", Map.of("answers", answers)), 201);

		// Reset: carry the objective into the next cycle, then close.
		Reply carried = lead.api().post("/api/v1/objectives/" + objective + "/carry-over", Map.of("cycleId", next));
		ok(carried, 201);
		assertThat(carried.field("carriedFrom")).isEqualTo(objective);
		assertThat(carried.field("status")).isEqualTo("draft");
		ok(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "closed")), 200);

		// The closed cycle is read-only; its report and export stay readable.
		assertThat(member.api()
			.post("/api/v1/key-results/" + done + "/check-ins", Map.of("value", 40, "confidence", 9))
			.status()).isEqualTo(409);
		assertThat(lead.api()
			.put("/api/v1/cycles/" + cycle + "/retrospectives/" + team, Map.of("worked", "again"))
			.status()).isEqualTo(409);
		Reply report = this.admin.get("/api/v1/cycles/" + cycle + "/report");
		ok(report, 200);
		assertThat(report.body()).contains(team).contains("Feedback on the OKR process");
		assertThat(member.api().get("/api/v1/cycles/" + cycle + "/report").body()).contains(team)
			.doesNotContain("Feedback on the OKR process");
		Reply pdf = this.admin.get("/api/v1/cycles/" + cycle + "/report.pdf");
		ok(pdf, 200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		Reply csv = this.admin.get("/api/v1/cycles/" + cycle + "/export.csv");
		ok(csv, 200);
		assertThat(csv.body().lines().count()).isEqualTo(3);

		// The successor holds the carried objective with baselines from the last values.
		Reply successor = this.admin.get("/api/v1/objectives?cycleId=" + next + "&teamId=" + team);
		assertThat(successor.json().get("total").asInt()).isOne();
		var copies = successor.json().get("items").get(0).get("keyResults");
		assertThat(copies.get(0).get("startValue").asDouble()).isEqualTo(45.0);
		assertThat(copies.get(1).get("startValue").asDouble()).isEqualTo(30.0);
		ok(this.admin.post("/api/v1/cycles/" + next + "/phase", Map.of("phase", "set")), 200);
	}

	private static void ok(Reply reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
	}

}
