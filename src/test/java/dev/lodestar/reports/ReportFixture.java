package dev.lodestar.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle with known figures, scored: it started 27 days ago (so four of its weeks have
 * begun) and ends in 40 days. Team Alpha has a committed objective whose metric reached
 * its target (confidence 8, checked in in weeks 1, 2 and 4) and an aspirational one whose
 * milestone is done (confidence 4, checked in in week 4 only), a held retrospective and a
 * learning; team Beta has a committed objective at 0.3 (confidence 9, checked in every
 * week) and no retrospective held.
 */
record ReportFixture(String cycle, String alpha, String beta, String alphaName, String betaName,
		String committedObjective, String aspirationalObjective, String betaObjective, String metric, String milestone,
		String betaMetric, int checkIns) {

	static final String NOTE = "Shipped, finally: the \"new\" checkout,\nwith two steps";

	static ReportFixture build(Api admin, JdbcClient jdbc, String ownerId) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate start = today.minusDays(27);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String alphaName = "Alpha " + suffix;
		String betaName = "Beta " + suffix;
		String cycle = created(admin.post("/api/v1/cycles", Map.of("name", "Report cycle " + suffix, "startDate",
				start.toString(), "endDate", today.plusDays(40).toString())));
		advance(admin, cycle, "set", "execute");
		String alpha = created(admin.post("/api/v1/teams", Map.of("name", alphaName)));
		String beta = created(admin.post("/api/v1/teams", Map.of("name", betaName)));
		String committed = objective(admin, cycle, alpha, "Make paying effortless", "committed");
		String aspirational = objective(admin, cycle, alpha, "Open a second market", "aspirational");
		String betaObjective = objective(admin, cycle, beta, "Find things faster", "committed");
		String metric = keyResult(admin, committed, ownerId, "Checkout completion", "metric", 10, 50);
		String milestone = keyResult(admin, aspirational, ownerId, "Launch in Spain", "milestone", 0, 1);
		String betaMetric = keyResult(admin, betaObjective, ownerId, "Search success", "metric", 0, 100);
		Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
		backdated(jdbc, metric, from.plus(1, ChronoUnit.DAYS), 20, 6);
		backdated(jdbc, metric, from.plus(8, ChronoUnit.DAYS), 30, 6);
		backdated(jdbc, betaMetric, from.plus(2, ChronoUnit.DAYS), 10, 9);
		backdated(jdbc, betaMetric, from.plus(9, ChronoUnit.DAYS), 20, 9);
		backdated(jdbc, betaMetric, from.plus(15, ChronoUnit.DAYS), 25, 9);
		checkIn(admin, metric, 50, 8, "=1+1 counts as text");
		checkIn(admin, milestone, 1, 4, NOTE);
		checkIn(admin, betaMetric, 30, 9, null);
		advance(admin, cycle, "reflect");
		Reply retrospective = admin.put("/api/v1/cycles/" + cycle + "/retrospectives/" + alpha, Map.of("worked",
				"Weekly check-ins", "didNotWork", "Late start", "change", "Set targets in week one", "held", true));
		assertThat(retrospective.status()).as(retrospective.toString()).isEqualTo(201);
		Reply learning = admin.put("/api/v1/objectives/" + committed + "/learning",
				Map.of("learning", "Small steps beat a big launch"));
		assertThat(learning.status()).as(learning.toString()).isEqualTo(200);
		return new ReportFixture(cycle, alpha, beta, alphaName, betaName, committed, aspirational, betaObjective,
				metric, milestone, betaMetric, 8);
	}

	private static void advance(Api admin, String cycle, String... phases) {
		for (String phase : phases) {
			Reply moved = admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
	}

	static String objective(Api admin, String cycle, String team, String title, String kind) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycle, "title", title, "kind", kind));
		if (team != null) {
			body.put("teamId", team);
		}
		return created(admin.post("/api/v1/objectives", body));
	}

	static String keyResult(Api admin, String objective, String owner, String title, String type, double start,
			double target) {
		return created(admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", title, "ownerId", owner, "type", type, "startValue", start, "targetValue", target)));
	}

	static void checkIn(Api api, String keyResult, double value, int confidence, String note) {
		Map<String, Object> body = new HashMap<>(Map.of("value", value, "confidence", confidence));
		if (note != null) {
			body.put("note", note);
		}
		Reply reply = api.post("/api/v1/key-results/" + keyResult + "/check-ins", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	static void backdated(JdbcClient jdbc, String keyResult, Instant at, double value, int confidence) {
		jdbc.sql(
				"insert into check_in (id, key_result_id, author_id, new_value, confidence, note, blockers, created_at)"
						+ " values (:id, :kr, null, :value, :confidence, null, null, :at)")
			.param("id", UUID.randomUUID())
			.param("kr", UUID.fromString(keyResult))
			.param("value", value)
			.param("confidence", confidence)
			.param("at", Timestamp.from(at))
			.update();
	}

	static String created(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.field("id");
	}

	List<String> teams() {
		return List.of(this.alpha, this.beta);
	}

}
