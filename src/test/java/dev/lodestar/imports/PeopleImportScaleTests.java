package dev.lodestar.imports;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of 10,000 people in 500 teams under 20 departments: previewed, applied in one
 * transaction and applied again, in the same number of statements as a file of ten rows.
 * The times are printed for the record, not asserted.
 */
class PeopleImportScaleTests extends ApiTest {

	static final int ROWS = 10_000;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void tenThousandRowsPreviewApplyAndApplyAgainUnchanged() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = file(run, ROWS);
		String small = file(run + "s", 10);

		long smallPreview = this.queries.during(() -> expect(ImportCalls.csv(this.admin, small, "?dryRun=true"), 200));
		long[] millis = new long[3];
		long preview = this.queries.during(() -> millis[0] = timed(() -> {
			Reply reply = expect(ImportCalls.csv(this.admin, csv, "?dryRun=true"), 200);
			assertThat(reply.json().get("created").asInt()).isEqualTo(ROWS);
			assertThat(reply.json().get("rows").size()).isEqualTo(ROWS);
		}));
		assertThat(count("select count(*) from person where email like :pattern", "%-" + run + "@example.com"))
			.isZero();

		long smallApply = this.queries.during(() -> expect(ImportCalls.csv(this.admin, small, ""), 200));
		long apply = this.queries.during(() -> millis[1] = timed(() -> {
			Reply reply = expect(ImportCalls.csv(this.admin, csv, ""), 200);
			assertThat(reply.json().get("created").asInt()).isEqualTo(ROWS);
		}));
		assertThat(count("select count(*) from person where email like :pattern", "%-" + run + "@example.com"))
			.isEqualTo(ROWS);
		assertThat(count("select count(*) from team where name like :pattern", "% " + run)).isEqualTo(520);
		assertThat(count("select count(*) from team_member m join person p on p.id = m.person_id"
				+ " where m.lead and p.email like :pattern", "%-" + run + "@example.com"))
			.isEqualTo(500);

		long again = this.queries.during(() -> millis[2] = timed(() -> {
			Reply reply = expect(ImportCalls.csv(this.admin, csv, ""), 200);
			assertThat(reply.json().get("unchanged").asInt()).isEqualTo(ROWS);
		}));
		System.out.printf("People import of %d rows on %s: preview %d ms, apply %d ms, apply again %d ms%n", ROWS,
				database(), millis[0], millis[1], millis[2]);
		System.out.printf("Statements: preview %d (10 rows: %d), apply %d (10 rows: %d), again %d%n", preview,
				smallPreview, apply, smallApply, again);
		assertThat(preview).isEqualTo(smallPreview);
		assertThat(apply).isEqualTo(smallApply);
		assertThat(again).isLessThanOrEqualTo(smallApply);
	}

	private String database() {
		return this.jdbc.sql("select 1")
			.query((rs, row) -> rs.getMetaData())
			.single()
			.getClass()
			.getName()
			.contains("postgresql") ? "PostgreSQL" : "H2";
	}

	private long count(String sql, String pattern) {
		return this.jdbc.sql(sql).param("pattern", pattern).query(Long.class).single();
	}

	private static long timed(Runnable action) {
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static Reply expect(Reply reply, int status) {
		assertThat(reply.status()).as(() -> reply.toString().substring(0, Math.min(2000, reply.toString().length())))
			.isEqualTo(status);
		return reply;
	}

	/**
	 * People in teams of 20, each team's first person its lead, 25 teams per department.
	 */
	static String file(String run, int rows) {
		StringBuilder csv = new StringBuilder("email,name,role,team,parentTeam,lead\n");
		for (int i = 0; i < rows; i++) {
			int team = i / 20;
			csv.append("person")
				.append(i)
				.append('-')
				.append(run)
				.append("@example.com,")
				.append("Person ")
				.append(i)
				.append(',')
				.append((i % 50 == 0) ? "champion" : "member")
				.append(',')
				.append("Team ")
				.append(team)
				.append(' ')
				.append(run)
				.append(',')
				.append("Department ")
				.append(team / 25)
				.append(' ')
				.append(run)
				.append(',')
				.append(i % 20 == 0)
				.append('\n');
		}
		return csv.toString();
	}

}
