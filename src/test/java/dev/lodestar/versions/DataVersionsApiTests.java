package dev.lodestar.versions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import dev.lodestar.organization.Team;
import dev.lodestar.organization.Teams;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data versions over real HTTP: every write to what a version covers bumps it,
 * whichever way it is written (through Lodestar or behind its back, as another instance
 * would), concurrent writers do not wait for one another on it, and what is kept under it
 * (the gaps, the teams' paces on the company page, the teams) is read again after a
 * change.
 */
class DataVersionsApiTests extends ApiTest {

	@Autowired
	private DataVersions versions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Teams teams;

	@Test
	void everyWriteToObjectivesKeyResultsAndCheckInsBumpsTheObjectivesVersion() {
		Person owner = person("member");
		String cycle = cycle("execute");
		long before = this.versions.of(DataVersions.OBJECTIVES);
		String objective = objective(cycle, null);
		long afterObjective = this.versions.of(DataVersions.OBJECTIVES);
		String keyResult = keyResult(objective, owner.id());
		long afterKeyResult = this.versions.of(DataVersions.OBJECTIVES);
		checkIn(owner, keyResult, 20, 7);
		long afterCheckIn = this.versions.of(DataVersions.OBJECTIVES);

		assertThat(afterObjective).isGreaterThan(before);
		assertThat(afterKeyResult).isGreaterThan(afterObjective);
		assertThat(afterCheckIn).isGreaterThan(afterKeyResult);
	}

	@Test
	void aWriteOutsideATransactionBumpsTheVersionWithIt() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		long before = this.versions.of(DataVersions.OBJECTIVES);

		setValue(keyResult, 21);

		assertThat(this.versions.of(DataVersions.OBJECTIVES)).isGreaterThan(before);
		assertThat(this.jdbc.sql("select current_value from key_result where id = :id")
			.param("id", UUID.fromString(keyResult))
			.query(Double.class)
			.single()).isEqualTo(21.0);
	}

	@Test
	void aTeamChangeBumpsTheTeamsVersion() {
		long before = this.versions.of(DataVersions.TEAMS);
		String team = team("Versioned " + UUID.randomUUID());
		long created = this.versions.of(DataVersions.TEAMS);
		Reply renamed = this.admin.patch("/api/v1/teams/" + team, Map.of("name", "Renamed " + UUID.randomUUID()));

		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(created).isGreaterThan(before);
		assertThat(this.versions.of(DataVersions.TEAMS)).isGreaterThan(created);
	}

	@Test
	void theGapsAreReadAgainAfterACheckInAndAfterAWriteBehindLodestarsBack() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String objective = objective(cycle, team("Gaps kept " + UUID.randomUUID()));
		String keyResult = keyResult(objective, owner.id());
		assertThat(progressInGaps(cycle, keyResult)).isZero();
		assertThat(progressInGaps(cycle, keyResult)).isZero();

		checkIn(owner, keyResult, 30, 7);
		assertThat(progressInGaps(cycle, keyResult)).isEqualTo(0.5);

		// as another instance would: a committed write that this instance did not make
		this.transactions
			.executeWithoutResult((status) -> this.jdbc.sql("update key_result set current_value = 50 where id = :id")
				.param("id", UUID.fromString(keyResult))
				.update());
		assertThat(progressInGaps(cycle, keyResult)).isEqualTo(1.0);
	}

	@Test
	void aTeamWrittenBehindLodestarsBackShowsAtOnceAmongEveryTeam() {
		assertThat(this.teams.all()).isNotNull();
		String name = "Kept teams " + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.sql("insert into team (id, name, created_at, version) values (:id, :name, current_timestamp, 0)")
			.param("id", UUID.randomUUID())
			.param("name", name)
			.update());

		assertThat(this.teams.all()).extracting(Team::name).contains(name);
	}

	@Test
	void concurrentWritersBumpTheVersionWithoutWaitingForOneAnother() throws Exception {
		Person owner = person("member");
		String cycle = cycle("execute");
		// two objectives: writes to one objective's key results wait for one another on
		// its
		// figures (objective_figures), which is not what this is about
		String first = keyResult(objective(cycle, null), owner.id());
		String second = keyResult(objective(cycle, null), owner.id());
		long before = this.versions.of(DataVersions.OBJECTIVES);

		boolean finished = writesWhileAnotherTransactionHolds(() -> setValue(first, 11), () -> setValue(second, 12));

		assertThat(finished).as("the second writer finished while the first was open").isTrue();
		assertThat(this.versions.of(DataVersions.OBJECTIVES)).isGreaterThanOrEqualTo(before + 2);
	}

	@Test
	void aWriterFindsARowOfItsOwnWhenEveryRowOfTheVersionIsHeld() throws Exception {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		long before = this.versions.of(DataVersions.OBJECTIVES);

		boolean finished = writesWhileAnotherTransactionHolds(
				() -> this.jdbc.sql("select name from data_version where name like 'objectives#%' for update")
					.query()
					.listOfRows(),
				() -> setValue(keyResult, 13));

		assertThat(finished).as("the writer finished while every row was held").isTrue();
		assertThat(this.versions.of(DataVersions.OBJECTIVES)).isGreaterThan(before);
	}

	/**
	 * Runs {@code hold} in a transaction that stays open until {@code write}, in a
	 * transaction of its own, has committed: whether it did (a write that waited for the
	 * held rows would time out, or wait for ever, and never let the first one end).
	 */
	private boolean writesWhileAnotherTransactionHolds(Runnable hold, Runnable write) throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch written = new CountDownLatch(1);
		CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> this.transactions.execute((status) -> {
			hold.run();
			held.countDown();
			try {
				return written.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}));
		assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
		this.transactions.executeWithoutResult((status) -> write.run());
		written.countDown();
		return holder.get(60, TimeUnit.SECONDS);
	}

	private void setValue(String keyResult, double value) {
		this.jdbc.sql("update key_result set current_value = :value where id = :id")
			.param("value", value)
			.param("id", UUID.fromString(keyResult))
			.update();
	}

	private double progressInGaps(String cycle, String keyResult) {
		Reply reply = this.admin.get("/api/v1/cycles/" + cycle + "/gaps");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		for (JsonNode item : reply.json().get("items")) {
			if (item.get("keyResultId").asString().equals(keyResult)) {
				return item.get("progress").asDouble();
			}
		}
		throw new AssertionError(keyResult + " is not among the gaps: " + reply);
	}

	private static void checkIn(Person owner, String keyResult, double value, int confidence) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", value, "confidence", confidence));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

}
