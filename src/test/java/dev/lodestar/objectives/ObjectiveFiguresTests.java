package dev.lodestar.objectives;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultQueries.CyclePaces;
import dev.lodestar.objectives.KeyResultQueries.TeamPace;
import dev.lodestar.organization.TeamId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The objectives' figures that the key results' writes keep ({@code objective_figures},
 * kept by database triggers): after every kind of write, through Lodestar or behind its
 * back, they equal what the key results add up to at that moment, and the teams' paces
 * read from them add up as the objectives stand.
 */
class ObjectiveFiguresTests extends ApiTest {

	private static final String KEPT = """
			select f.* from objective_figures f join objective o on o.id = f.objective_id
			where o.cycle_id = :cycle order by f.objective_id""";

	private static final String NOW = """
			select f.* from objective_figures_now f join objective o on o.id = f.objective_id
			where o.cycle_id = :cycle and (exists (select 1 from key_result kr where kr.objective_id = o.id)
			or exists (select 1 from objective_figures kept where kept.objective_id = o.id))
			order by f.objective_id""";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private KeyResultQueries keyResults;

	@Test
	void theFiguresFollowEveryWriteToAKeyResult() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, team("Figures " + UUID.randomUUID()));
		String other = objective(cycle, null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		keyResult(other, owner.id());
		assertKept(cycle);
		assertThat(figure(objective, "weight")).isEqualTo(2.0);

		checkIn(owner, first, 30, 8);
		checkIn(owner, second, 20, 2);
		assertKept(cycle);
		assertThat(figure(objective, "weighted_progress")).isCloseTo(0.75, within(1e-9));
		assertThat(figure(objective, "on_track")).isEqualTo(1.0);
		assertThat(figure(objective, "off_track")).isEqualTo(1.0);

		Reply weighed = this.admin.patch("/api/v1/key-results/" + second, Map.of("weight", 3));
		assertThat(weighed.status()).as(weighed.toString()).isEqualTo(200);
		assertKept(cycle);
		assertThat(figure(objective, "weight")).isEqualTo(4.0);

		// as another instance would: a committed write that this instance did not make
		this.transactions.executeWithoutResult(
				(status) -> this.jdbc.sql("update key_result set current_value = 50, confidence = 5 where id = :id")
					.param("id", UUID.fromString(first))
					.update());
		assertKept(cycle);
		assertThat(figure(objective, "at_risk")).isEqualTo(1.0);

		assertThat(this.admin.delete("/api/v1/key-results/" + second).status()).isEqualTo(204);
		assertKept(cycle);
		assertThat(figure(objective, "weight")).isEqualTo(1.0);
		assertThat(figure(objective, "weighted_progress")).isEqualTo(1.0);
	}

	@Test
	void aKeyResultMovedToAnotherObjectiveMovesItsFigures() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String from = objective(cycle, null);
		String to = objective(cycle, null);
		String moved = keyResult(from, owner.id());
		keyResult(to, owner.id());
		checkIn(owner, moved, 50, 9);

		this.transactions
			.executeWithoutResult((status) -> this.jdbc.sql("update key_result set objective_id = :to where id = :id")
				.param("to", UUID.fromString(to))
				.param("id", UUID.fromString(moved))
				.update());

		assertThat(figure(from, "weight")).isZero();
		assertThat(figure(to, "weight")).isEqualTo(2.0);
		assertThat(figure(to, "on_track")).isEqualTo(1.0);
		assertKept(cycle);
	}

	@Test
	void aDeletedObjectiveLeavesNoFiguresBehind() {
		String objective = objective(cycle("execute"), null);
		keyResult(objective, person("member").id());
		assertThat(figures(objective)).hasSize(1);

		Reply read = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(this.admin.delete("/api/v1/objectives/" + objective, read.header("ETag")).status()).isEqualTo(204);

		assertThat(figures(objective)).isEmpty();
	}

	@Test
	void theTeamsPacesAddUpTheirObjectivesSharedOnesForEveryOwnerArchivedOnesLeftOut() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String a = team("Paces A " + UUID.randomUUID());
		String b = team("Paces B " + UUID.randomUUID());
		String ofA = objective(cycle, a);
		checkIn(owner, keyResult(ofA, owner.id()), 30, 8);
		Reply shared = this.admin.post("/api/v1/objectives",
				Map.of("cycleId", cycle, "teamIds", List.of(a, b), "title", "Renewals without friction"));
		String sharedId = created(shared);
		checkIn(owner, keyResult(sharedId, owner.id()), 20, 5);
		// a milestone is expected only at the cycle's end
		created(this.admin.post("/api/v1/objectives/" + sharedId + "/key-results",
				Map.of("title", "Launch", "ownerId", owner.id(), "type", "milestone")));
		keyResult(objective(cycle, null), owner.id());
		String archived = objective(cycle, b);
		checkIn(owner, keyResult(archived, owner.id()), 50, 2);
		Reply archiving = this.admin.patch("/api/v1/objectives/" + archived, Map.of("status", "archived"));
		assertThat(archiving.status()).as(archiving.toString()).isEqualTo(200);

		CyclePaces paces = this.keyResults.pacesOf(cycleId(cycle), 0.5, 10);

		assertThat(paces.teamCount()).isEqualTo(3);
		assertThat(paces.teams()).extracting(TeamPace::teamId).containsExactly(null, teamId(b), teamId(a));
		TeamPace company = paces.teams().get(0);
		assertThat(company.name()).isEqualTo("Company-wide");
		assertThat(company.progress()).isZero();
		assertThat(company.expected()).isEqualTo(0.5);
		assertThat(company.meanConfidence()).isNull();
		TeamPace ofB = paces.teams().get(1);
		assertThat(ofB.objectives()).isEqualTo(1);
		assertThat(ofB.progress()).isCloseTo(progressOf(sharedId), within(1e-9));
		assertThat(ofB.expected()).isCloseTo(0.25, within(1e-9));
		assertThat(ofB.meanConfidence()).isEqualTo(5.0);
		TeamPace teamA = paces.teams().get(2);
		assertThat(teamA.objectives()).isEqualTo(2);
		assertThat(teamA.progress()).isCloseTo((progressOf(ofA) + progressOf(sharedId)) / 2, within(1e-9));
		assertThat(teamA.expected()).isCloseTo((0.5 + 0.25) / 2, within(1e-9));
		assertThat(teamA.meanConfidence()).isEqualTo(6.5);
		assertThat(paces.confidence()).containsEntry(ConfidenceBand.ON_TRACK, 1L)
			.containsEntry(ConfidenceBand.AT_RISK, 1L)
			.containsEntry(ConfidenceBand.OFF_TRACK, 0L)
			.containsEntry(ConfidenceBand.UNKNOWN, 2L);
	}

	@Test
	void thePacesShowTheTeamsFurthestBehindAndCountTheRest() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String ahead = team("Ahead " + UUID.randomUUID());
		String behind = team("Behind " + UUID.randomUUID());
		checkIn(owner, keyResult(objective(cycle, ahead), owner.id()), 40, 9);
		String behindsKeyResult = keyResult(objective(cycle, behind), owner.id());
		checkIn(owner, behindsKeyResult, 12, 3);

		CyclePaces furthestBehind = this.keyResults.pacesOf(cycleId(cycle), 0.5, 1);
		assertThat(furthestBehind.teamCount()).isEqualTo(2);
		assertThat(furthestBehind.teams()).extracting(TeamPace::teamId).containsExactly(teamId(behind));

		checkIn(owner, behindsKeyResult, 50, 10);
		CyclePaces afterACheckIn = this.keyResults.pacesOf(cycleId(cycle), 0.5, 1);
		assertThat(afterACheckIn.teams()).extracting(TeamPace::teamId).containsExactly(teamId(ahead));
	}

	private void assertKept(String cycle) {
		assertThat(rows(KEPT, cycle)).isNotEmpty().isEqualTo(rows(NOW, cycle));
	}

	private List<Map<String, Object>> rows(String sql, String cycle) {
		return this.jdbc.sql(sql)
			.param("cycle", UUID.fromString(cycle))
			.query()
			.listOfRows()
			.stream()
			.map(ObjectiveFiguresTests::numbers)
			.toList();
	}

	/** A row with its numbers as doubles, so that the table's and the view's compare. */
	private static Map<String, Object> numbers(Map<String, Object> row) {
		Map<String, Object> read = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		row.forEach((column, value) -> read.put(column, (value instanceof Number number) ? rounded(number) : value));
		return read;
	}

	private static Object rounded(Number number) {
		return Math.round(number.doubleValue() * 1e9) / 1e9;
	}

	private List<Map<String, Object>> figures(String objective) {
		return this.jdbc.sql("select * from objective_figures where objective_id = :id")
			.param("id", UUID.fromString(objective))
			.query()
			.listOfRows();
	}

	private double figure(String objective, String column) {
		List<Map<String, Object>> rows = figures(objective);
		assertThat(rows).as("the figures of " + objective).hasSize(1);
		return ((Number) numbers(rows.get(0)).get(column)).doubleValue();
	}

	private double progressOf(String objective) {
		Reply read = this.admin.get("/api/v1/objectives/" + objective);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json().get("progress").asDouble();
	}

	private static CycleId cycleId(String id) {
		return new CycleId(UUID.fromString(id));
	}

	private static TeamId teamId(String id) {
		return new TeamId(UUID.fromString(id));
	}

	private static void checkIn(Person owner, String keyResult, double value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

}
