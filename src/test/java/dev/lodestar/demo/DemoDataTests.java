package dev.lodestar.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.maturity.Calibration;
import dev.lodestar.maturity.Calibrations;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.maturity.ProgramHealth.CycleHealth;
import dev.lodestar.maturity.Stage;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data on an empty database, on a Wednesday in the middle of the second quarter
 * of 2026: the four quarters from the second of 2025 closed, the current one in
 * execution.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK,
		properties = { "lodestar.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-tests;DB_CLOSE_DELAY=-1" })
class DemoDataTests {

	private static final Instant NOW = Instant.parse("2026-05-13T15:00:00Z");

	private static final List<String> TABLES = List.of("person", "team", "team_member", "cycle", "objective",
			"key_result", "check_in", "objective_link", "objective_team", "dependency");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private People people;

	@Autowired
	private DemoData demoData;

	@Autowired
	private Maturities maturities;

	@Autowired
	private Calibrations calibrations;

	@Test
	void lastQuarterIsScoredAndEveryTeamWithObjectivesWroteItsRetrospective() {
		String lastQuarter = "(select id from cycle where name = 'Q1 2026')";
		assertThat(count("select count(*) from key_result kr join objective o on o.id = kr.objective_id"
				+ " where kr.score is null and o.cycle_id in (select id from cycle where phase = 'CLOSED')"))
			.isZero();
		assertThat(count("select count(*) from key_result kr join objective o on o.id = kr.objective_id"
				+ " where kr.score_reason is not null and o.cycle_id = " + lastQuarter))
			.isOne();
		long teamsWithObjectives = count(
				"select count(distinct team_id) from objective where team_id is not null and cycle_id = "
						+ lastQuarter);
		assertThat(count("select count(*) from retrospective where cycle_id = " + lastQuarter))
			.isEqualTo(teamsWithObjectives);
		assertThat(count("select count(*) from retrospective where held_at is null")).isPositive();
		assertThat(count("select count(*) from objective_learning")).isPositive();
		assertThat(count("select count(*) from key_result kr join objective o on o.id = kr.objective_id"
				+ " where kr.score is not null and o.cycle_id not in (select id from cycle where phase = 'CLOSED')"))
			.isZero();
	}

	@Test
	void keepsMetricsFromTheSecondQuarterOnWithTheirHistoryAndABaselineEachQuarter() {
		assertThat(count("select count(*) from metric where deleted_at is null")).isEqualTo(8L);
		String revenue = "(select id from metric where name = 'Annual recurring revenue')";
		// Q3 2025, Q4 2025, Q1 2026 and this quarter; the first quarter kept no metrics
		// yet
		assertThat(
				count("select count(distinct o.cycle_id) from key_result kr join objective o on o.id = kr.objective_id"
						+ " where kr.metric_id = " + revenue))
			.isEqualTo(4L);
		assertThat(count("select count(*) from key_result kr join objective o on o.id = kr.objective_id"
				+ " join cycle c on c.id = o.cycle_id where c.name = 'Q2 2025' and kr.metric_id is not null"))
			.isZero();
		assertThat(count("select count(*) from metric_value where metric_id = " + revenue)).isGreaterThan(10L);
		assertThat(count("select count(*) from metric_value v where not exists (select 1 from check_in c"
				+ " where c.key_result_id = v.key_result_id and c.created_at = v.recorded_at)"))
			.isZero();
	}

	@Test
	void bringsInTwentyToFortyPeopleWithEveryRole() {
		assertThat(count("select count(*) from person")).isBetween(20L, 40L);
		assertThat(count("select count(*) from person where role = 'ADMIN'")).isOne();
		assertThat(count("select count(*) from person where role = 'CHAMPION'")).isBetween(1L, 2L);
		assertThat(count("select count(*) from person where role = 'VIEWER'")).isOne();
		Person admin = this.people.findByEmail("admin@northwind.example").orElseThrow();
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(this.people.passwordMatches(admin, DemoData.PASSWORD)).isTrue();
	}

	@Test
	void buildsATreeOfDepartmentsAndTeamsEachWithOneLead() {
		assertThat(count("select count(*) from team where parent_id is null")).isBetween(3L, 4L);
		assertThat(count("select count(*) from team where parent_id is not null")).isBetween(6L, 12L);
		assertThat(count("select count(*) from team t where (select count(*) from team_member m "
				+ "where m.team_id = t.id and m.lead) <> 1"))
			.isZero();
	}

	@Test
	void closesTheFourQuartersBeforeAndExecutesThisOne() {
		Map<String, String> phases = this.jdbc.sql("select name, phase from cycle")
			.query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("phase")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(phases).containsExactlyInAnyOrderEntriesOf(Map.of("Q2 2025", "CLOSED", "Q3 2025", "CLOSED",
				"Q4 2025", "CLOSED", "Q1 2026", "CLOSED", "Q2 2026", "EXECUTE"));
	}

	@Test
	void setsPublishedCompanyAndTeamObjectivesInBothCycles() {
		for (String cycle : List.of("Q1 2026", "Q2 2026")) {
			String ofCycle = "select count(*) from objective o join cycle c on c.id = o.cycle_id where c.name = '"
					+ cycle + "'";
			assertThat(count(ofCycle + " and o.team_id is null")).isBetween(2L, 5L);
			assertThat(count(ofCycle + " and o.team_id is not null")).isGreaterThanOrEqualTo(12L);
			assertThat(count(ofCycle + " and exists (select 1 from objective_link l where l.objective_id = o.id)"))
				.isGreaterThanOrEqualTo(6L);
			assertThat(count(ofCycle + " and o.status <> 'PUBLISHED'")).isZero();
		}
		assertThat(count("select count(*) from objective o where (select count(*) from key_result k "
				+ "where k.objective_id = o.id) not between 2 and 4"))
			.isZero();
		assertThat(count("select count(*) from objective where status <> 'PUBLISHED'")).isZero();
		assertThat(count("select count(distinct type) from key_result")).isEqualTo(4);
	}

	@Test
	void alignsThisQuarterWithWeightsARollUpASharedObjectiveAndDependencies() {
		String thisQuarter = "(select id from cycle where name = 'Q2 2026')";
		String ofThisQuarter = " join objective o on o.id = l.objective_id where o.cycle_id = " + thisQuarter;
		assertThat(count("select count(*) from objective_link l" + ofThisQuarter + " and l.weight <> 1"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from objective o where o.cycle_id = " + thisQuarter
				+ " and (select count(*) from objective_link l where l.objective_id = o.id) > 1"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from objective_link l" + ofThisQuarter
				+ " and l.target_key_result_id in (select id from key_result where type = 'ROLLUP')"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from key_result k join objective o on o.id = k.objective_id"
				+ " where k.type = 'ROLLUP' and k.current_value > 0 and o.cycle_id = " + thisQuarter))
			.isOne();
		assertThat(count("select count(*) from check_in i join key_result k on k.id = i.key_result_id"
				+ " where k.type = 'ROLLUP'"))
			.isZero();
		assertThat(count("select count(*) from objective o where o.cycle_id = " + thisQuarter
				+ " and o.shared_with is not null"))
			.isOne();
		Map<String, Long> dependencies = this.jdbc
			.sql("select status, count(*) from dependency where cycle_id = " + thisQuarter + " group by status")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(dependencies)
			.containsExactlyInAnyOrderEntriesOf(Map.of("requested", 1L, "accepted", 1L, "declined", 1L));
		assertThat(count("select count(*) from dependency where status <> 'requested' and note is null")).isZero();
	}

	@Test
	void checksInEveryMondayOfBothCyclesUpToToday() {
		assertThat(checkInDays("Q1 2026")).hasSize(13)
			.allMatch((day) -> day.getDayOfWeek() == DayOfWeek.MONDAY)
			.allMatch((day) -> !day.isBefore(LocalDate.of(2026, 1, 1)) && !day.isAfter(LocalDate.of(2026, 3, 31)));
		assertThat(checkInDays("Q2 2026")).hasSize(6)
			.allMatch((day) -> day.getDayOfWeek() == DayOfWeek.MONDAY)
			.allMatch((day) -> !day.isBefore(LocalDate.of(2026, 4, 1)) && day.isBefore(LocalDate.of(2026, 5, 14)));
		assertThat(count("select count(*) from check_in where confidence not between 1 and 10")).isZero();
		assertThat(count("select count(*) from check_in where note is not null")).isPositive();
		assertThat(count("select count(*) from check_in where blockers is not null")).isPositive();
	}

	@Test
	void playsThisWeeksRhythmInEveryTeamWithALeadAndAMember() {
		String thisMonday = "2026-05-11";
		assertThat(count("select count(distinct team_id) from rhythm_priority where week = '" + thisMonday + "'"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from rhythm_priority where carried_from is not null")).isPositive();
		assertThat(count("select count(*) from rhythm_win")).isPositive();
		assertThat(count("select count(*) from rhythm_kudos")).isPositive();
		assertThat(count("select count(*) from check_in_comment")).isEqualTo(6);
		assertThat(count("select count(*) from notification where kind = 'mention'")).isEqualTo(6);
	}

	@Test
	void playsAYearInWhichTheProgramGrowsFromAFirstCycleToMastery() {
		List<CycleHealth> health = this.maturities.health().cycles();
		assertThat(health).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((cycle) -> assertThat(cycle.checkInRegularity()).isNotNull());
		CycleHealth first = health.get(0);
		CycleHealth last = health.get(health.size() - 1);
		assertThat(first.name()).isEqualTo("Q2 2025");
		assertThat(first.checkInRegularity()).isLessThan(0.5);
		assertThat(first.retrospectivesHeld()).isZero();
		assertThat(last.checkInRegularity()).isGreaterThan(0.8);
		assertThat(last.retrospectivesHeld()).isGreaterThanOrEqualTo(0.8);
		assertThat(health.stream().map(CycleHealth::checkInRegularity).toList()).isSorted();
		assertThat(health).allSatisfy((cycle) -> assertThat(cycle.surveyMean()).isNotNull());
		assertThat(first.surveyMean()).isLessThan(last.surveyMean());
		assertThat(count("select count(*) from key_result where carried_from is not null")).isPositive();

		Map<String, Stage> stages = this.jdbc.sql("select t.name, t.id from team t where t.parent_id is not null")
			.query((rs, row) -> Map.entry(rs.getString(1),
					this.maturities.ofTeam(new TeamId(rs.getObject(2, UUID.class))).stage()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(stages).containsValues(Stage.MASTERY, Stage.LEARNING);
		assertThat(stages).containsEntry("Sales", Stage.LEARNING).containsEntry("People", Stage.LEARNING);
		assertThat(this.maturities.ofOrganisation().cyclesCompleted()).isEqualTo(4);
	}

	@Test
	void confidenceGetsBetterCalibratedFromTheFirstQuarterToTheLast() {
		Person admin = this.people.findByEmail("admin@northwind.example").orElseThrow();
		Calibration calibration = this.calibrations.of(this.people.actorOf(admin.id()), null, null);
		assertThat(calibration.checkIns()).isPositive();
		assertThat(calibration.cycles()).hasSize(4);
		assertThat(calibration.cycles().get(0).brierScore())
			.isGreaterThan(calibration.cycles().get(calibration.cycles().size() - 1).brierScore());
		assertThat(calibration.buckets().stream().filter((bucket) -> bucket.count() > 0)).hasSizeGreaterThan(5);
	}

	@Test
	void leavesTheDataAloneWhenRunAgain() {
		Map<String, Long> before = counts();
		this.demoData.run(new DefaultApplicationArguments());
		assertThat(counts()).isEqualTo(before);
	}

	private Set<LocalDate> checkInDays(String cycle) {
		return this.jdbc
			.sql("select i.created_at from check_in i join key_result k on k.id = i.key_result_id "
					+ "join objective o on o.id = k.objective_id join cycle c on c.id = o.cycle_id where c.name = ?")
			.param(cycle)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map((at) -> LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC))
			.collect(Collectors.toSet());
	}

	private Map<String, Long> counts() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table, (table) -> count("select count(*) from " + table)));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
