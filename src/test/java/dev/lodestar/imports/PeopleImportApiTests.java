package dev.lodestar.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleImportApiTests extends ApiTest {

	@Autowired
	private JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void previewSaysWhatEachRowWouldDoAndChangesNothing() {
		String csv = file();
		Reply preview = ImportCalls.csv(this.admin, csv, "?dryRun=true");
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		JsonNode body = preview.json();
		assertThat(actions(body)).containsExactly("create", "create", "create", "create");
		assertThat(body.get("rows").get(0).get("line").asInt()).isEqualTo(2);
		assertThat(body.get("rows").get(0).get("errors").size()).isZero();
		assertThat(body.get("created").asInt()).isEqualTo(4);
		assertThat(body.get("updated").asInt()).isZero();
		assertThat(body.get("unchanged").asInt()).isZero();
		assertThat(body.get("errors").asInt()).isZero();
		assertThat(peopleOfRun()).isZero();
		assertThat(teamsOfRun()).isZero();
	}

	@Test
	void applyingCreatesPeopleTeamsTheTreeAndLeadsAndTheSecondRunChangesNothing() {
		String csv = file();
		Reply applied = ImportCalls.csv(this.admin, csv, "");
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.json().get("created").asInt()).isEqualTo(4);

		Map<String, Object> ada = this.jdbc.sql("select * from person where email = :email")
			.param("email", "ada-" + this.run + "@example.com")
			.query()
			.singleRow();
		assertThat(ada.get("name")).isEqualTo("Ada Lovelace");
		assertThat(ada.get("role")).isEqualTo("MEMBER");
		assertThat(ada.get("status")).isEqualTo("INVITED");
		assertThat(ada.get("password_hash")).isNull();
		assertThat(role("linus")).isEqualTo("CHAMPION");
		assertThat(parentOf("Platform " + this.run)).isEqualTo("Engineering " + this.run);
		assertThat(parentOf("Mobile " + this.run)).isEqualTo("Engineering " + this.run);
		assertThat(parentOf("Engineering " + this.run)).isNull();
		assertThat(memberships("grace")).containsExactlyInAnyOrder("Platform " + this.run + ":false",
				"Mobile " + this.run + ":true");
		assertThat(memberships("ada")).containsExactly("Platform " + this.run + ":true");
		assertThat(memberships("linus")).isEmpty();
		List<Long> versions = versionsOfRun();

		Reply again = ImportCalls.csv(this.admin, csv, "");
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(actions(again.json())).containsOnly("unchanged");
		assertThat(again.json().get("unchanged").asInt()).isEqualTo(4);
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(versionsOfRun()).isEqualTo(versions);
		assertThat(peopleOfRun()).isEqualTo(3);
		assertThat(teamsOfRun()).isEqualTo(3);
	}

	@Test
	void existingPeopleGetTheirNameAndRoleButKeepPasswordAndStatus() {
		Person grace = person("member");
		String team = "Ops " + this.run;
		String csv = "Lead , EMAIL,Name,role,team,parentteam\n" + "true," + grace.email().toUpperCase()
				+ ",Grace B. Hopper,champion," + team + ",\n";
		Reply preview = ImportCalls.csv(this.admin, csv, "?dryRun=true");
		assertThat(actions(preview.json())).containsExactly("update");
		Reply applied = ImportCalls.csv(this.admin, csv, "");
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		Reply me = grace.api().get("/api/v1/people/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.field("name")).isEqualTo("Grace B. Hopper");
		assertThat(me.field("role")).isEqualTo("champion");
		assertThat(me.field("status")).isEqualTo("active");
		assertThat(token(grace.email(), PASSWORD)).isNotBlank();
		assertThat(ImportCalls.csv(this.admin, csv, "").json().get("unchanged").asInt()).isEqualTo(1);
	}

	@Test
	void quotedFieldsWithCommasQuotesAndLineBreaksAndAByteOrderMarkAreRead() {
		String csv = "\uFEFFemail,name,role,team,parentTeam,lead\r\n" + "\"quoted-" + this.run
				+ "@example.com\",\"Hamilton, \"\"Maggie\"\"\nMargaret\",,\"Team, " + this.run + "\",,\r\n\r\n"
				+ "plain-" + this.run + "@example.com,Plain,,,,\r\n";
		Reply applied = ImportCalls.csv(this.admin, csv, "");
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(lines(applied.json())).containsExactly(2, 5);
		assertThat(this.jdbc.sql("select name from person where email = :email")
			.param("email", "quoted-" + this.run + "@example.com")
			.query(String.class)
			.single()).isEqualTo("Hamilton, \"Maggie\"\nMargaret");
		assertThat(memberships("quoted")).containsExactly("Team, " + this.run + ":false");
	}

	@Test
	void aBadRowAppliesNothingAndTheAnswerSaysWhichRowsAndWhy() {
		String csv = header() + row("ok1", "Fine", "member", "Alpha", "", "")
				+ row("ok2", "Fine", "boss", "Alpha", "", "") + "not-an-email,Someone,member,,,\n"
				+ row("noname", "", "member", "", "", "") + row("ok1", "Fine", "member", "Alpha", "", "")
				+ row("lead", "Lead", "member", "Beta", "", "maybe") + row("orphan", "Orphan", "", "", "Alpha", "");
		Reply refused = ImportCalls.csv(this.admin, csv, "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/json");
		JsonNode body = refused.json();
		assertThat(actions(body)).containsExactly("create", "error", "error", "error", "error", "error", "error");
		assertThat(errorOf(body, 1)).contains("role \"boss\" is unknown");
		assertThat(errorOf(body, 2)).contains("\"not-an-email\" is not an email address");
		assertThat(errorOf(body, 3)).contains("name must not be blank");
		assertThat(errorOf(body, 4)).contains("is on line 2 already");
		assertThat(errorOf(body, 5)).contains("lead \"maybe\" must be true or false");
		assertThat(errorOf(body, 6)).contains("parentTeam needs a team");
		assertThat(body.get("errors").asInt()).isEqualTo(6);
		assertThat(body.get("created").asInt()).isEqualTo(1);
		assertThat(peopleOfRun()).isZero();
		assertThat(teamsOfRun()).isZero();
		Reply preview = ImportCalls.csv(this.admin, csv, "?dryRun=true");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).isEqualTo(refused.body());
	}

	@Test
	void aTeamThatWouldBecomeItsOwnAncestorIsARowError() {
		String csv = header() + row("a", "A", "", "Child", "Parent", "") + row("b", "B", "", "Grandchild", "Child", "")
				+ row("c", "C", "", "Parent", "Grandchild", "");
		Reply refused = ImportCalls.csv(this.admin, csv, "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(actions(refused.json())).containsExactly("create", "create", "error");
		assertThat(errorOf(refused.json(), 2)).contains("would become its own ancestor");
		assertThat(teamsOfRun()).isZero();

		ImportCalls.csv(this.admin, header() + row("a", "A", "", "Child", "Parent", ""), "");
		Reply loop = ImportCalls.csv(this.admin, header() + row("a", "A", "", "Parent", "Child", ""), "?dryRun=true");
		assertThat(errorOf(loop.json(), 0)).contains("would become its own ancestor");
		Reply self = ImportCalls.csv(this.admin, header() + row("a", "A", "", "Child", "child", ""), "?dryRun=true");
		assertThat(errorOf(self.json(), 0)).contains("cannot be its own parent");
	}

	@Test
	void aTeamGivenTwoParentsAndAPersonGivenTwoNamesAreRowErrors() {
		String csv = header() + row("a", "A", "", "Child", "One", "") + row("b", "B", "", "Child", "Two", "")
				+ row("a", "Other name", "", "Third", "", "");
		Reply preview = ImportCalls.csv(this.admin, csv, "?dryRun=true");
		assertThat(actions(preview.json())).containsExactly("create", "error", "error");
		assertThat(errorOf(preview.json(), 1)).contains("is given the parent \"One " + this.run + "\" on line 2");
		assertThat(errorOf(preview.json(), 2)).contains("is on line 2 already with another name or role");
	}

	@Test
	void aMissingColumnIsRefusedNamingIt() {
		Reply refused = ImportCalls.csv(this.admin, "email,name,role,team,parentTeam\na@example.com,A,,,\n", "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.errorFields()).containsExactly("csv");
		assertThat(refused.body()).contains("has no column lead");
	}

	@Test
	void anEmptyBodyAndMalformedCsvAreRefused() {
		Reply empty = ImportCalls.csv(this.admin, "", "");
		assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
		assertThat(empty.body()).contains("is empty");
		Reply malformed = ImportCalls.csv(this.admin, header() + "\"unclosed@example.com,A,,,,\n", "");
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
		assertThat(malformed.body()).contains("is not valid CSV");
	}

	@Test
	void aRowOfOneMegabyteIsARowErrorThatDoesNotEchoIt() {
		String huge = "x".repeat(1024 * 1024);
		Reply refused = ImportCalls.csv(this.admin, header() + row("huge", huge, "", huge, "", ""), "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(errorOf(refused.json(), 0)).contains("name must be at most 200 characters")
			.contains("team must be at most 200 characters");
		assertThat(refused.body().length()).isLessThan(2000);
		Reply longEmail = ImportCalls.csv(this.admin, header() + "a".repeat(300) + "@example.com,A,,,,\n", "");
		assertThat(errorOf(longEmail.json(), 0)).contains("email must be at most 254 characters");
	}

	@Test
	void aBodyOverFiveMegabytesIsRefusedWithA413() {
		StringBuilder csv = new StringBuilder(header());
		while (csv.length() <= 5 * 1024 * 1024) {
			csv.append(row("p" + csv.length(), "Someone with a long enough name", "member", "Team", "", ""));
		}
		Reply refused = ImportCalls.bytes(this.port, token(ADMIN_EMAIL, ADMIN_PASSWORD),
				csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(peopleOfRun()).isZero();
	}

	@Test
	void aBodyThatIsNotUtf8IsRefused() {
		byte[] latin1 = (header() + row("rene", "René", "", "", "", "")).getBytes(StandardCharsets.ISO_8859_1);
		Reply refused = ImportCalls.bytes(this.port, token(ADMIN_EMAIL, ADMIN_PASSWORD), latin1, "text/csv", "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body()).contains("is not UTF-8");
		Reply declared = ImportCalls.bytes(this.port, token(ADMIN_EMAIL, ADMIN_PASSWORD), latin1,
				"text/csv; charset=ISO-8859-1", "");
		assertThat(declared.status()).as(declared.toString()).isEqualTo(415);
		assertThat(peopleOfRun()).isZero();
	}

	@Test
	void aBodyThatIsNotCsvIsRefusedWithA415() {
		byte[] json = "{\"email\":\"a@example.com\"}".getBytes(StandardCharsets.UTF_8);
		Reply refused = ImportCalls.bytes(this.port, token(ADMIN_EMAIL, ADMIN_PASSWORD), json, "application/json", "");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
	}

	@Test
	void onlyAdminsImport() {
		for (String role : List.of("champion", "member", "viewer")) {
			Reply refused = ImportCalls.csv(person(role).api(), file(), "?dryRun=true");
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		assertThat(ImportCalls.csv(this.anonymous, file(), "?dryRun=true").status()).isEqualTo(401);
		assertThat(peopleOfRun()).isZero();
	}

	@Test
	void anAdminCannotChangeTheirOwnRole() {
		Reply refused = ImportCalls.csv(this.admin, header() + ADMIN_EMAIL + ",The admin,member,,,\n", "?dryRun=true");
		assertThat(errorOf(refused.json(), 0)).contains("your own role");
	}

	@Test
	void theStatementsDoNotGrowWithTheRows() {
		long small = statements(rows("small", 10), "?dryRun=true");
		long large = statements(rows("large", 300), "?dryRun=true");
		assertThat(large).isEqualTo(small);
		long smallApply = statements(rows("small", 10), "");
		long largeApply = statements(rows("large", 300), "");
		assertThat(largeApply).isEqualTo(smallApply).isLessThan(30);
	}

	private long statements(String csv, String query) {
		long[] count = new long[1];
		count[0] = this.queries.during(() -> {
			Reply reply = ImportCalls.csv(this.admin, csv, query);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		});
		return count[0];
	}

	private String rows(String prefix, int count) {
		StringBuilder csv = new StringBuilder(header());
		for (int i = 0; i < count; i++) {
			csv.append(row(prefix + i, "Person " + i, (i % 7 == 0) ? "viewer" : "member", prefix + "-team-" + (i % 5),
					prefix + "-parent", Boolean.toString(i % 5 == 0)));
		}
		return csv.toString();
	}

	private String file() {
		return header() + row("ada", "Ada Lovelace", "member", "Platform", "Engineering", "true")
				+ row("grace", "Grace Hopper", "member", "Platform", "Engineering", "false")
				+ row("grace", "Grace Hopper", "member", "Mobile", "Engineering", "TRUE")
				+ row("linus", "Linus Wong", "champion", "", "", "");
	}

	private static String header() {
		return "email,name,role,team,parentTeam,lead\n";
	}

	/** A row whose email and team names are unique to this test's run. */
	private String row(String who, String name, String role, String team, String parentTeam, String lead) {
		return String.join(",", who + "-" + this.run + "@example.com", name, role, suffixed(team), suffixed(parentTeam),
				lead) + "\n";
	}

	private String suffixed(String team) {
		return team.isEmpty() ? "" : team + " " + this.run;
	}

	private static List<String> actions(JsonNode body) {
		List<String> actions = new ArrayList<>();
		body.get("rows").forEach((row) -> actions.add(row.get("action").asString()));
		return actions;
	}

	private static List<Integer> lines(JsonNode body) {
		List<Integer> lines = new ArrayList<>();
		body.get("rows").forEach((row) -> lines.add(row.get("line").asInt()));
		return lines;
	}

	private static String errorOf(JsonNode body, int row) {
		JsonNode errors = body.get("rows").get(row).get("errors");
		assertThat(errors.size()).as(body.toString()).isPositive();
		List<String> all = new ArrayList<>();
		errors.forEach((error) -> all.add(error.asString()));
		return String.join("; ", all);
	}

	private long peopleOfRun() {
		return this.jdbc.sql("select count(*) from person where email like :pattern")
			.param("pattern", "%-" + this.run + "@example.com")
			.query(Long.class)
			.single();
	}

	private long teamsOfRun() {
		return this.jdbc.sql("select count(*) from team where name like :pattern")
			.param("pattern", "% " + this.run)
			.query(Long.class)
			.single();
	}

	private List<Long> versionsOfRun() {
		return this.jdbc
			.sql("select version from person where email like :people union all "
					+ "select version from team where name like :teams")
			.param("people", "%-" + this.run + "@example.com")
			.param("teams", "% " + this.run)
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.toList();
	}

	private String role(String who) {
		return this.jdbc.sql("select role from person where email = :email")
			.param("email", who + "-" + this.run + "@example.com")
			.query(String.class)
			.single();
	}

	private Object parentOf(String team) {
		return this.jdbc.sql("select p.name from team t left join team p on p.id = t.parent_id where t.name = :name")
			.param("name", team)
			.query()
			.singleRow()
			.get("name");
	}

	private List<String> memberships(String who) {
		return this.jdbc
			.sql("select t.name, m.lead from team_member m join team t on t.id = m.team_id "
					+ "join person p on p.id = m.person_id where p.email = :email")
			.param("email", who + "-" + this.run + "@example.com")
			.query((rs, row) -> rs.getString(1) + ":" + rs.getBoolean(2))
			.list();
	}

}
