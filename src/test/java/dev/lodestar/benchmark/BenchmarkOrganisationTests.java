package dev.lodestar.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark organisation, generated small: its shape is the one the benchmark relies
 * on, and the same seed gives the same rows.
 */
class BenchmarkOrganisationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final BenchmarkOrganisation.Size SMALL = new BenchmarkOrganisation.Size(400, 40, 3);

	@Test
	void generatesTheShapeTheBenchmarkNeeds() throws SQLException {
		try (Connection db = generated("bench-shape", 42)) {
			assertThat(count(db, "select count(*) from person")).isEqualTo(400);
			assertThat(count(db, "select count(*) from person where role = 'ADMIN'")).isOne();
			assertThat(count(db, "select count(*) from api_token")).isEqualTo(400);
			assertThat(count(db, "select count(*) from team")).isEqualTo(40);
			assertThat(count(db, "select count(*) from team where parent_id is null")).isPositive();
			assertThat(count(db,
					"""
							select count(*) from team t4 join team t3 on t3.id = t4.parent_id join team t2 on t2.id = t3.parent_id
							join team t1 on t1.id = t2.parent_id where t1.parent_id is null"""))
				.isPositive();
			assertThat(count(db, "select count(*) from team t where not exists"
					+ " (select 1 from team_member m where m.team_id = t.id and m.lead)"))
				.isZero();
			assertThat(count(db, "select count(*) from cycle where phase = 'CLOSED'")).isEqualTo(3);
			assertThat(
					count(db,
							"select count(*) from cycle where phase = 'EXECUTE'"
									+ " and start_date <= date '2026-12-02' and end_date >= date '2026-12-02'"))
				.isOne();
			long objectives = count(db, "select count(*) from objective");
			assertThat(objectives).isBetween(40L * 4 * 2, 40L * 4 * 4);
			assertThat(count(db, "select count(*) from key_result")).isEqualTo(objectives * 3);
			assertThat(count(db, "select count(distinct type) from key_result")).isEqualTo(4);
			assertThat(count(db, "select count(*) from objective_link")).isPositive();
			assertThat(count(db, "select count(*) from check_in where note is null")).isZero();
			assertThat(count(db, "select count(*) from check_in")).isGreaterThan(objectives * 3 * 8);
			assertThat(count(db,
					"select count(*) from key_result kr join objective o on o.id = kr.objective_id"
							+ " join cycle c on c.id = o.cycle_id where c.phase = 'CLOSED' and kr.score is null"))
				.isZero();
			assertThat(count(db, "select count(*) from key_result where score is not null and score_reason is null"))
				.isEqualTo(count(db, "select count(*) from key_result kr join objective o on o.id = kr.objective_id"
						+ " join cycle c on c.id = o.cycle_id where c.phase = 'CLOSED'"));
			assertThat(count(db, "select count(*) from retrospective")).isEqualTo(40 * 3);
			// This week's Friday digests count as sent: the run sends no mail to everyone
			assertThat(count(db, "select count(*) from rhythm_digest where week = date '2026-11-30'")).isEqualTo(40);
			assertThat(count(db, "select count(*) from key_result where last_check_in_at is not null"
					+ " and current_value <> (select c.new_value from check_in c where c.key_result_id = key_result.id"
					+ " order by c.created_at desc fetch first 1 rows only)"))
				.isZero();
		}
	}

	@Test
	void alignsObjectivesThroughWeightedLinksRollupsAndDependencies() throws SQLException {
		try (Connection db = generated("bench-alignment", 42)) {
			// Roll-ups on several levels: some are fed by objectives that have a roll-up
			// themselves
			assertThat(count(db, "select count(*) from key_result where type = 'ROLLUP'")).isBetween(4L * 4, 4L * 20);
			assertThat(count(db, """
					select count(*) from objective_link l join key_result r on r.id = l.target_key_result_id
					where exists (select 1 from key_result own where own.objective_id = l.objective_id
					  and own.type = 'ROLLUP')""")).isPositive();
			assertThat(
					count(db,
							"select count(*) from key_result where type = 'ROLLUP'"
									+ " and (start_value <> 0 or target_value <> 1 or last_check_in_at is not null)"))
				.isZero();
			assertThat(count(db, "select count(*) from check_in c join key_result k on k.id = c.key_result_id"
					+ " where k.type = 'ROLLUP'"))
				.isZero();
			// Links go to roll-ups only, within the cycle, and every roll-up has
			// contributors
			assertThat(count(db, "select count(*) from objective_link l join key_result k"
					+ " on k.id = l.target_key_result_id where k.type <> 'ROLLUP'"))
				.isZero();
			assertThat(count(db, "select count(*) from objective_link where target_key_result_id is not null"))
				.isPositive();
			// A roll-up nobody chose to feed stands at 0, as Lodestar keeps it
			assertThat(count(db, "select count(*) from key_result r where r.type = 'ROLLUP' and not exists"
					+ " (select 1 from objective_link l where l.target_key_result_id = r.id) and r.current_value <> 0"))
				.isZero();
			assertThat(count(db, """
					select count(*) from objective_link l join objective o on o.id = l.objective_id
					left join key_result tk on tk.id = l.target_key_result_id
					join objective t on t.id = coalesce(l.target_objective_id, tk.objective_id)
					where t.cycle_id <> o.cycle_id or t.id = o.id""")).isZero();
			// Each roll-up stands at the weight-averaged progress of its contributors
			assertThat(count(db, """
					select count(*) from (
					  select r.id from key_result r join objective_link l on l.target_key_result_id = r.id
					  join (select objective_id, avg(greatest(0, least(1,
					          (current_value - start_value) / (target_value - start_value)))) as progress
					        from key_result group by objective_id) p on p.objective_id = l.objective_id
					  where r.type = 'ROLLUP' group by r.id, r.current_value
					  having abs(r.current_value - sum(l.weight * p.progress) / sum(l.weight)) > 1e-9) off"""))
				.isZero();
			assertThat(count(db, "select count(*) from key_result where type = 'ROLLUP' and current_value > 0"))
				.isPositive();
			// Some objectives have two parents, and some links weigh other than 1
			assertThat(count(db, "select count(*) from objective_link where position = 1")).isPositive();
			assertThat(count(db, "select count(*) from objective_link where weight <> 1")).isPositive();
			// Dependencies between two teams, for a key result of the asking team's
			assertThat(count(db, "select count(*) from dependency")).isEqualTo(2L * 4);
			assertThat(count(db, "select count(*) from dependency where from_team_id = to_team_id")).isZero();
			assertThat(count(db, "select count(*) from dependency where key_result_id is not null")).isPositive();
			assertThat(count(db, """
					select count(*) from dependency d join key_result k on k.id = d.key_result_id
					join objective o on o.id = k.objective_id
					where o.team_id <> d.from_team_id or o.cycle_id <> d.cycle_id or k.type = 'ROLLUP'""")).isZero();
			assertThat(
					count(db, "select count(*) from dependency where (status = 'REQUESTED') <> (decided_at is null)"))
				.isZero();
		}
	}

	@Test
	void theSameSeedGivesTheSameOrganisation() throws SQLException {
		try (Connection one = generated("bench-seed-one", 7);
				Connection two = generated("bench-seed-two", 7);
				Connection other = generated("bench-seed-other", 8)) {
			String rows = "select id || ':' || title || ':' || current_value from key_result order by id";
			assertThat(strings(one, rows)).isEqualTo(strings(two, rows));
			assertThat(strings(one, rows)).isNotEqualTo(strings(other, rows));
		}
	}

	private static Connection generated(String name, long seed) throws SQLException {
		String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		Connection connection = DriverManager.getConnection(url, "sa", "");
		new BenchmarkOrganisation(SMALL, seed, TODAY).generate(connection);
		return connection;
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
