package dev.lodestar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Links;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.Paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What storage must do, whichever database is underneath: the same migrations, every
 * aggregate read back as written, optimistic locking through the version column,
 * check-ins that all survive arriving together, and the foreign keys that keep references
 * whole. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PersistenceContract {

	@Autowired
	People people;

	@Autowired
	Teams teams;

	@Autowired
	Cycles cycles;

	@Autowired
	Objectives objectives;

	@Autowired
	KeyResults keyResults;

	@Autowired
	CheckIns checkIns;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	JdbcClient jdbc;

	Actor admin;

	Person owner;

	@BeforeEach
	void organisation() {
		Person person = this.people.register(new People.NewPerson("Admin", unique("admin"), Role.ADMIN, "password-1"));
		this.admin = new Actor(person.id(), Role.ADMIN, Set.of());
		this.owner = this.people.register(new People.NewPerson("Owner", unique("owner"), Role.MEMBER, null));
	}

	@Test
	void everyAggregateReadsBackAsWritten() {
		assertThat(this.people.get(this.owner.id())).isEqualTo(this.owner);
		Team parent = this.teams.register("Engineering", null);
		TeamView team = this.teams.create(this.admin, "Platform", parent.id());
		this.teams.putMember(this.admin, team.team().id(), this.owner.id(), true);
		TeamView read = this.teams.view(team.team().id());
		assertThat(read.team().parentId()).isEqualTo(parent.id());
		assertThat(read.leadIds()).containsExactly(this.owner.id());
		assertThat(this.people.view(this.owner.id()).teamIds()).containsExactly(team.team().id());

		Cycle cycle = openCycle();
		assertThat(this.cycles.get(cycle.id())).isEqualTo(cycle);
		ObjectiveView company = this.objectives.create(this.admin, new Objectives.NewObjective(cycle.id(), null,
				"Win the mid-market", "Why: it is where we grow.", ObjectiveKind.COMMITTED, null));
		KeyResult keyResult = this.keyResults.create(this.admin, company.objective().id(), new KeyResults.NewKeyResult(
				"Net revenue retention", this.owner.id(), KeyResultType.METRIC, 95.5, 110.0, "%", 2.5));
		assertThat(this.keyResults.get(keyResult.id())).isEqualTo(keyResult);
		ObjectiveView aligned = this.objectives.create(this.admin,
				new Objectives.NewObjective(cycle.id(), team.team().id(), "Make onboarding fast", null, null,
						Links.alignedTo(Alignment.toKeyResult(keyResult.id()))));
		assertThat(this.objectives.view(aligned.objective().id()).objective()).isEqualTo(aligned.objective());

		CheckIn checkIn = this.checkIns.record(this.admin, keyResult.id(),
				new CheckIns.NewCheckIn(101.25, 7, "Renewals are in", "Legal review"));
		assertThat(this.checkIns.get(checkIn.id())).isEqualTo(checkIn);
		KeyResult checkedIn = this.keyResults.get(keyResult.id());
		assertThat(checkedIn.currentValue()).isEqualTo(101.25);
		assertThat(checkedIn.lastCheckInAt()).isEqualTo(checkIn.createdAt());
		assertThat(checkedIn.version()).isEqualTo(keyResult.version() + 1);
	}

	@Test
	void staleVersionIsRefusedByTheDatabase() {
		Cycle cycle = openCycle();
		this.cycles.update(this.admin, cycle.id(), null, new Cycles.CycleChanges("Renamed", null, null));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.aggregates.update(cycle.withName("Stale")));
		assertThat(this.cycles.get(cycle.id()).name()).isEqualTo("Renamed");
	}

	@Test
	void checkInsArrivingTogetherAreAllKept() throws Exception {
		KeyResult keyResult = keyResult(openCycle());
		List<Callable<CheckIn>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			double value = 10 + i;
			calls.add(() -> this.checkIns.record(this.admin, keyResult.id(),
					new CheckIns.NewCheckIn(value, 6, null, null)));
		}
		List<CheckIn> recorded = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(16)) {
			for (Future<CheckIn> result : pool.invokeAll(calls)) {
				recorded.add(result.get());
			}
		}
		var history = this.checkIns.history(keyResult.id(), new Paging(500, 0));
		assertThat(history.total()).isEqualTo(16);
		assertThat(this.keyResults.get(keyResult.id()).currentValue()).isEqualTo(history.items().get(0).value());
		assertThat(this.keyResults.get(keyResult.id()).version()).isEqualTo(keyResult.version() + 16);
	}

	@Test
	void removingAnObjectiveTakesItsKeyResultsAndCheckInsAndUnalignsOthers() {
		Cycle cycle = openCycle();
		KeyResult keyResult = keyResult(cycle);
		this.checkIns.record(this.admin, keyResult.id(), new CheckIns.NewCheckIn(20.0, 5, null, null));
		ObjectiveView follower = this.objectives.create(this.admin, new Objectives.NewObjective(cycle.id(), null,
				"Follow", null, null, Links.alignedTo(Alignment.toKeyResult(keyResult.id()))));
		this.objectives.delete(this.admin, keyResult.objectiveId(), null);
		assertThat(count("key_result where id = ?", keyResult.id().value())).isZero();
		assertThat(count("check_in where key_result_id = ?", keyResult.id().value())).isZero();
		assertThat(this.objectives.view(follower.objective().id()).contributesTo()).isEmpty();
	}

	@Test
	void referencedRowsAreProtected() {
		Cycle cycle = openCycle();
		keyResult(cycle);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.cycles.delete(this.admin, cycle.id(), null));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.people.delete(this.admin, this.owner.id(), null))
			.withMessageContaining("own key results");
		assertThat(this.people.exists(this.owner.id())).isTrue();
		assertThat(this.cycles.exists(cycle.id())).isTrue();
	}

	@Test
	void emailIsUniqueInTheDatabase() {
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into person (id, name, email, role, created_at, version) values (?, 'Twin', ?, 'MEMBER', ?, 0)")
			.params(UUID.randomUUID(), this.owner.email(), java.sql.Timestamp.from(Instant.now()))
			.update());
	}

	@Test
	void listsPageAndFilterInTheDatabase() {
		Cycle cycle = openCycle();
		Team team = this.teams.register("Listing " + UUID.randomUUID(), null);
		for (int i = 0; i < 5; i++) {
			this.objectives.create(this.admin,
					new Objectives.NewObjective(cycle.id(), team.id(), "Objective " + i, null, null, null));
		}
		this.objectives.create(this.admin, new Objectives.NewObjective(cycle.id(), null, "Company", null, null, null));
		var page = this.objectives.list(cycle.id(), team.id(), new Paging(2, 1));
		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting((view) -> view.objective().title())
			.containsExactly("Objective 1", "Objective 2");
		assertThat(this.objectives.list(cycle.id(), null, new Paging(50, 0)).total()).isEqualTo(6);
		assertThat(this.people.list(new Paging(1, 0)).items()).hasSize(1);
	}

	/**
	 * Check-ins sent at the same moment on key results of several objectives below one
	 * roll-up (two levels deep: the objectives contribute to a roll-up of a middle
	 * objective, which contributes to the top roll-up) all move the roll-ups, and the
	 * roll-ups end where a recomputation from the stored values puts them.
	 */
	@Test
	void checkInsBelowOneRollUpArrivingTogetherLeaveItRecomputed() throws Exception {
		Cycle cycle = openCycle();
		ObjectiveView top = this.objectives.create(this.admin,
				new Objectives.NewObjective(cycle.id(), null, "Top", null, null, null));
		KeyResult topRollup = this.keyResults.create(this.admin, top.objective().id(), new KeyResults.NewKeyResult(
				"Everything", this.owner.id(), KeyResultType.ROLLUP, null, null, null, null));
		ObjectiveView middle = this.objectives.create(this.admin, new Objectives.NewObjective(cycle.id(), null,
				"Middle", null, null, Links.alignedTo(Alignment.toKeyResult(topRollup.id()))));
		KeyResult middleRollup = this.keyResults.create(this.admin, middle.objective().id(),
				new KeyResults.NewKeyResult("Below", this.owner.id(), KeyResultType.ROLLUP, null, null, null, null));
		List<KeyResult> below = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Alignment to = (i % 2 == 0) ? Alignment.toKeyResult(middleRollup.id())
					: Alignment.toKeyResult(topRollup.id());
			ObjectiveView child = this.objectives.create(this.admin,
					new Objectives.NewObjective(cycle.id(), null, "Child " + i, null, null,
							Links.of(List.of(new dev.lodestar.objectives.Contribution(to, i + 1.0)))));
			below.add(this.keyResults.create(this.admin, child.objective().id(), new KeyResults.NewKeyResult(
					"Measure " + i, this.owner.id(), KeyResultType.METRIC, 0.0, 100.0, null, null)));
		}
		List<Callable<CheckIn>> calls = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < below.size(); i++) {
				KeyResult keyResult = below.get(i);
				double value = 10 * (i + 1) + round;
				calls.add(() -> this.checkIns.record(this.admin, keyResult.id(),
						new CheckIns.NewCheckIn(value, 6, null, null)));
			}
		}
		try (var pool = Executors.newFixedThreadPool(calls.size())) {
			for (Future<CheckIn> result : pool.invokeAll(calls)) {
				result.get();
			}
		}
		double[] progress = below.stream().mapToDouble((kr) -> this.keyResults.get(kr.id()).progress()).toArray();
		double middleExpected = (1 * progress[0] + 3 * progress[2]) / 4;
		assertThat(this.keyResults.get(middleRollup.id()).progress()).isCloseTo(middleExpected,
				org.assertj.core.data.Offset.offset(1e-9));
		// the middle objective contributes with weight 1, its only key result is the
		// roll-up
		double topExpected = (1 * middleExpected + 2 * progress[1] + 4 * progress[3]) / 7;
		assertThat(this.keyResults.get(topRollup.id()).progress()).isCloseTo(topExpected,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(topExpected).isGreaterThan(0.2);
	}

	private Cycle openCycle() {
		Cycle cycle = this.cycles.create(this.admin, "Cycle " + UUID.randomUUID(), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 3, 31));
		this.cycles.advance(this.admin, cycle.id(), null, Phase.SET);
		return this.cycles.advance(this.admin, cycle.id(), null, Phase.EXECUTE);
	}

	private KeyResult keyResult(Cycle cycle) {
		ObjectiveView objective = this.objectives.create(this.admin,
				new Objectives.NewObjective(cycle.id(), null, "Grow", null, null, null));
		return this.keyResults.create(this.admin, objective.objective().id(), new KeyResults.NewKeyResult("Customers",
				this.owner.id(), KeyResultType.METRIC, 10.0, 50.0, null, null));
	}

	private long count(String from, Object parameter) {
		return this.jdbc.sql("select count(*) from " + from).param(parameter).query(Long.class).single();
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@lodestar.test";
	}

}
