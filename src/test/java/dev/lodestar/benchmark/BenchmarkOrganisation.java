package dev.lodestar.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Generates a large organisation into an empty database, for the benchmark: by default
 * 10,000 people in 1,000 teams on four levels, four quarterly cycles (three closed and
 * scored, with retrospectives; the current one in execute), about three objectives per
 * team and cycle aligned to their parent team's, three key results per objective (metric,
 * percentage, milestone) and a check-in with a note every week up to today. Some
 * objectives on the top three levels have a roll-up key result instead of their
 * milestone, fed by weighted links from the objectives below; one objective in eight has
 * a second parent; a team in twenty asks another for something each cycle; a metric key
 * result in three tracks one of {@value #METRICS} metrics, whose history its check-ins
 * make. The same seed gives the same organisation. Rows go in with JDBC batches, table by
 * table.
 * <p>
 * Everyone signs in with {@link #PASSWORD}; person {@code n} is
 * {@code p<n>@bench.lodestar.test}, and {@value #ADMIN_EMAIL} is the admin. Every person
 * also has an API token, {@code lst_benchmark<n>}, for the load driver.
 */
public final class BenchmarkOrganisation {

	public static final String PASSWORD = "benchmark-password";

	/** How many metrics the organisation keeps across its cycles. */
	static final int METRICS = 100;

	public static final String ADMIN_EMAIL = "p0@bench.lodestar.test";

	private static final int BATCH = 2_000;

	private static final String[] FIRST = { "Ada", "Ben", "Chiara", "Dmitri", "Eva", "Farid", "Greta", "Hugo", "Ines",
			"Jonas", "Kaito", "Lena", "Mateo", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tove", "Umar",
			"Vera", "Wim", "Ximena", "Yusuf", "Zoe" };

	private static final String[] LAST = { "Andersen", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
			"Horvat", "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quispe",
			"Rossi", "Schmidt", "Tanaka", "Ustinov", "Virtanen", "Weber", "Yilmaz", "Zhang" };

	private static final String[] AREAS = { "Payments", "Search", "Onboarding", "Billing", "Mobile", "Platform", "Data",
			"Security", "Support", "Growth", "Pricing", "Checkout", "Identity", "Logistics", "Partners", "Insights" };

	private static final String[] OUTCOMES = { "Make %s effortless for new customers", "Win back the trust of %s users",
			"Make %s the fastest part of the product", "Turn %s into a reason customers stay",
			"Cut the cost of running %s", "Make %s reliable at peak load" };

	private static final String[] MEASURES = { "Weekly active accounts using %s", "Median time to complete %s (s)",
			"%s tickets per 1,000 customers", "Share of %s sessions without an error", "%s revenue per month (k€)" };

	/** The weights of links into roll-ups and of objectives with two parents. */
	private static final double[] WEIGHTS = { 1.0, 2.0, 0.5, 1.5, 3.0 };

	private static final String[] ASKS = { "An export of the %s events for our dashboards",
			"A review of the new %s flow before it goes to every customer",
			"Two engineers for a sprint to move %s onto the new platform",
			"The %s API extended with the fields we need", "A load test of %s at twice last year's peak" };

	private static final String[] NOTES = { "Steady week; the experiment is still running.",
			"Shipped the first slice, numbers should move next week.", "Blocked on the data export, asked Platform.",
			"Good week: two customers moved over.", "Flat. We are looking at the funnel again.",
			"Dip after the incident on Tuesday, recovering.", "Ahead of plan thanks to the partner launch.",
			"Confidence down: the vendor slipped by two weeks." };

	private final Size size;

	private final long seed;

	private final LocalDate today;

	private final Random random;

	/** The metrics, once written. */
	private List<UUID> metrics = List.of();

	private final Instant now;

	public BenchmarkOrganisation(Size size, long seed, LocalDate today) {
		this.size = size;
		this.seed = seed;
		this.today = today;
		this.random = new Random(seed);
		this.now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	/**
	 * {@code --url=jdbc:... [--user=sa] [--password=] [--seed=42] [--scale=1.0]}:
	 * migrates the empty database and fills it.
	 */
	public static void main(String[] args) throws SQLException {
		String url = option(args, "url", "jdbc:h2:file:./target/benchmark/lodestar");
		String user = option(args, "user", "sa");
		String password = option(args, "password", "");
		long seed = Long.parseLong(option(args, "seed", "42"));
		double scale = Double.parseDouble(option(args, "scale", "1.0"));
		long started = System.nanoTime();
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration",
					url.startsWith("jdbc:postgresql") ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			Summary summary = new BenchmarkOrganisation(Size.FULL.scaled(scale), seed, LocalDate.now(ZoneOffset.UTC))
				.generate(connection);
			if (url.startsWith("jdbc:h2:")) {
				// Leave the file as a database that has been running a while, not one
				// just bulk-loaded:
				// otherwise H2 spends the benchmark's start and first minutes rewriting
				// half-empty chunks
				connection.commit();
				try (var compact = connection.createStatement()) {
					compact.execute("shutdown compact");
				}
			}
			else {
				// Give the planner the statistics a running database has: autovacuum
				// analyses a bulk-loaded table only a while later, and until then
				// PostgreSQL guesses a handful of rows per cycle and picks nested loops
				connection.commit();
				connection.setAutoCommit(true);
				try (var analyze = connection.createStatement()) {
					analyze.execute("analyze");
				}
			}
			System.out.printf("Generated %s in %d s%n", summary, (System.nanoTime() - started) / 1_000_000_000);
		}
	}

	static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

	/** Fills an empty, migrated database. */
	public Summary generate(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (var check = connection.createStatement(); var rows = check.executeQuery("select count(*) from person")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				throw new IllegalStateException("The database already has people; the benchmark needs an empty one");
			}
		}
		List<UUID> people = people(connection);
		List<Team> teams = teams(connection, people);
		List<Cycle> cycles = cycles(connection);
		this.metrics = metrics(connection);
		long objectives = 0;
		long keyResults = 0;
		long checkIns = 0;
		long links = 0;
		long rollups = 0;
		long dependencies = 0;
		for (Cycle cycle : cycles) {
			Plan plan = objectives(connection, cycle, teams);
			objectives += plan.objectives;
			keyResults += plan.keyResults.size();
			links += plan.links.size();
			checkIns += checkIns(connection, cycle, plan);
			rollups += rollups(connection, cycle, plan);
			dependencies += dependencies(connection, cycle, teams, plan);
			if (cycle.closed) {
				retrospectives(connection, cycle, teams);
			}
		}
		digestsSent(connection, teams);
		connection.commit();
		return new Summary(people.size(), teams.size(), cycles.size(), objectives, keyResults, checkIns, links, rollups,
				dependencies);
	}

	/** The library of metrics that metric key results track, cycle after cycle. */
	private List<UUID> metrics(Connection connection) throws SQLException {
		List<UUID> metrics = new ArrayList<>();
		try (PreparedStatement metric = connection.prepareStatement(
				"insert into metric (id, name, unit, created_at, version) values (?, ?, 'accounts', ?, 0)")) {
			for (int i = 0; i < METRICS; i++) {
				UUID id = uuid();
				metric.setObject(1, id);
				metric.setString(2, "Benchmark measure " + (i + 1));
				metric.setTimestamp(3,
						Timestamp.from(this.today.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
				batch(metric, i);
				metrics.add(id);
			}
			metric.executeBatch();
		}
		return metrics;
	}

	private List<UUID> people(Connection connection) throws SQLException {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		List<UUID> ids = new ArrayList<>(this.size.people);
		try (PreparedStatement person = connection.prepareStatement(
				"insert into person (id, name, email, role, password_hash, created_at, version) values (?, ?, ?, ?, ?, ?, 0)");
				PreparedStatement token = connection.prepareStatement(
						"insert into api_token (id, person_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")) {
			for (int n = 0; n < this.size.people; n++) {
				UUID id = uuid();
				ids.add(id);
				person.setObject(1, id);
				person.setString(2, FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length] + " " + n);
				person.setString(3, "p" + n + "@bench.lodestar.test");
				person.setString(4,
						(n == 0) ? "ADMIN" : (n % 100 == 1) ? "CHAMPION" : (n % 50 == 2) ? "VIEWER" : "MEMBER");
				person.setString(5, hash);
				person.setTimestamp(6, Timestamp.from(this.now.minusSeconds(400L * 86_400)));
				batch(person, n);
				token.setObject(1, uuid());
				token.setObject(2, id);
				token.setString(3, "benchmark");
				token.setString(4, Tokens.hash(Tokens.of(n)));
				token.setTimestamp(5, Timestamp.from(this.now));
				batch(token, n);
			}
			person.executeBatch();
			token.executeBatch();
		}
		return ids;
	}

	/**
	 * Teams on four levels (about 0.4 %, 3.6 %, 16 % and 80 % of them), each child under
	 * a team of the level above; everyone in one team, its first member its lead.
	 */
	private List<Team> teams(Connection connection, List<UUID> people) throws SQLException {
		int total = this.size.teams;
		int[] levels = { Math.max(1, total * 4 / 1000), Math.max(1, total * 36 / 1000),
				Math.max(1, total * 160 / 1000) };
		List<Team> teams = new ArrayList<>(total);
		List<Team> above = List.of();
		try (PreparedStatement team = connection
			.prepareStatement("insert into team (id, name, parent_id, created_at, version) values (?, ?, ?, ?, 0)")) {
			for (int level = 0; level < 4; level++) {
				int count = (level < 3) ? levels[level] : total - teams.size();
				List<Team> here = new ArrayList<>(count);
				for (int i = 0; i < count; i++) {
					Team parent = above.isEmpty() ? null : above.get(i % above.size());
					Team created = new Team(uuid(),
							AREAS[teams.size() % AREAS.length] + " " + (level + 1) + "." + (i + 1), parent, level, i,
							new ArrayList<>());
					team.setObject(1, created.id);
					team.setString(2, created.name);
					team.setObject(3, (parent != null) ? parent.id : null);
					team.setTimestamp(4, Timestamp.from(this.now.minusSeconds(400L * 86_400)));
					team.addBatch();
					here.add(created);
					teams.add(created);
				}
				team.executeBatch();
				above = here;
			}
		}
		try (PreparedStatement member = connection
			.prepareStatement("insert into team_member (team_id, person_id, lead) values (?, ?, ?)")) {
			for (int n = 0; n < people.size(); n++) {
				Team team = teams.get(n % teams.size());
				member.setObject(1, team.id);
				member.setObject(2, people.get(n));
				member.setBoolean(3, team.members.isEmpty());
				team.members.add(people.get(n));
				batch(member, n);
			}
			member.executeBatch();
		}
		return teams;
	}

	/** Four quarters: three closed, the one of today in execute. */
	private List<Cycle> cycles(Connection connection) throws SQLException {
		LocalDate quarter = this.today.withDayOfMonth(1).withMonth(((this.today.getMonthValue() - 1) / 3) * 3 + 1);
		List<Cycle> cycles = new ArrayList<>();
		try (PreparedStatement cycle = connection
			.prepareStatement("insert into cycle (id, name, start_date, end_date, phase, created_at, version, name_key)"
					+ " values (?, ?, ?, ?, ?, ?, 0, ?)")) {
			for (int back = 3; back >= 0; back--) {
				LocalDate start = quarter.minusMonths(3L * back);
				Cycle created = new Cycle(uuid(), start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1), start,
						start.plusMonths(3).minusDays(1), back > 0);
				cycle.setObject(1, created.id);
				cycle.setString(2, created.name);
				cycle.setObject(3, created.start);
				cycle.setObject(4, created.end);
				cycle.setString(5, created.closed ? "CLOSED" : "EXECUTE");
				cycle.setTimestamp(6, Timestamp.from(start.minusDays(14).atStartOfDay().toInstant(ZoneOffset.UTC)));
				cycle.setString(7, dev.lodestar.cycles.Cycle.keyOf(created.name));
				cycle.addBatch();
				cycles.add(created);
			}
			cycle.executeBatch();
		}
		return cycles;
	}

	/**
	 * The cycle's objectives, parents before children so that each team objective can
	 * align to one of its parent team's, and their key results; the links go in last,
	 * once every objective and key result they name is there.
	 * <p>
	 * Every objective of the top level, the first objective of one team in three on the
	 * second level and of one team in sixteen on the third has a roll-up key result
	 * instead of its milestone: a link to such an objective goes to its roll-up, with a
	 * weight from {@link #WEIGHTS}, so roll-ups are fed by roll-ups two levels down. One
	 * objective in eight below the top also contributes to an objective of another team
	 * on its parent team's level, both links with a weight from {@link #WEIGHTS}.
	 */
	private Plan objectives(Connection connection, Cycle cycle, List<Team> teams) throws SQLException {
		Plan plan = new Plan();
		Instant created = cycle.start.minusDays(10).atTime(10, 0).toInstant(ZoneOffset.UTC);
		Map<Integer, List<Team>> levels = new HashMap<>();
		teams.forEach((team) -> levels.computeIfAbsent(team.level, (level) -> new ArrayList<>()).add(team));
		try (PreparedStatement objective = connection.prepareStatement("""
				insert into objective (id, cycle_id, team_id, title, description, kind, status, created_at, version)
				values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0)""");
				PreparedStatement keyResult = connection.prepareStatement("""
						insert into key_result (id, objective_id, title, owner_id, type, start_value, target_value,
						  current_value, unit, weight, created_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0, ?, 0)""")) {
			for (Team team : teams) {
				team.objectives.clear();
				String area = team.name.substring(0, team.name.indexOf(' '));
				int count = 2 + this.random.nextInt(3);
				for (int i = 0; i < count; i++) {
					UUID id = uuid();
					objective.setObject(1, id);
					objective.setObject(2, cycle.id);
					objective.setObject(3, team.id);
					objective.setString(4, String.format(OUTCOMES[this.random.nextInt(OUTCOMES.length)], area));
					objective.setString(5, "Customers told us " + area.toLowerCase() + " is where they lose time; "
							+ "this quarter we fix the biggest part of it.");
					objective.setString(6, (this.random.nextInt(4) == 0) ? "COMMITTED" : "ASPIRATIONAL");
					if (team.parent != null && !team.parent.objectives.isEmpty()) {
						links(plan, id, team, levels.get(team.parent.level));
					}
					objective.setTimestamp(7, Timestamp.from(created.plusSeconds(plan.objectives++)));
					objective.addBatch();
					team.objectives.add(id);
					plan.teams.put(id, team);
				}
				// The objectives go in before their key results, parents' before
				// children's
				objective.executeBatch();
				for (int i = 0; i < team.objectives.size(); i++) {
					UUID id = team.objectives.get(i);
					boolean rollup = team.level == 0 || (i == 0 && team.level == 1 && team.index % 3 == 0)
							|| (i == 0 && team.level == 2 && team.index % 16 == 0);
					for (int k = 0; k < this.size.keyResultsPerObjective; k++) {
						KeyResult kr = keyResult(id, team, area, k,
								rollup && k == this.size.keyResultsPerObjective - 1);
						if (kr.rollup()) {
							plan.rollups.put(id, kr.id);
						}
						keyResult.setObject(1, kr.id);
						keyResult.setObject(2, id);
						keyResult.setString(3, kr.title);
						keyResult.setObject(4, kr.owner);
						keyResult.setString(5, kr.type);
						keyResult.setDouble(6, kr.start);
						keyResult.setDouble(7, kr.target);
						keyResult.setDouble(8, kr.start);
						keyResult.setString(9, kr.unit);
						keyResult.setTimestamp(10, Timestamp.from(created.plusSeconds(plan.keyResults.size())));
						batch(keyResult, plan.keyResults.size());
						plan.keyResults.add(kr);
					}
				}
			}
			objective.executeBatch();
			keyResult.executeBatch();
		}
		try (PreparedStatement link = connection.prepareStatement("""
				insert into objective_link (objective_id, position, target_objective_id, target_key_result_id, weight)
				values (?, ?, ?, ?, ?)""")) {
			for (int n = 0; n < plan.links.size(); n++) {
				Link one = plan.links.get(n);
				link.setObject(1, one.objective);
				link.setInt(2, one.position);
				link.setObject(3, one.targetObjective);
				link.setObject(4, one.targetKeyResult);
				link.setDouble(5, one.weight);
				batch(link, n);
			}
			link.executeBatch();
		}
		return plan;
	}

	/**
	 * The links of a new objective of {@code team}: to one of its parent team's
	 * objectives (to its roll-up, when it has one), and now and then to an objective of
	 * another team on that level too.
	 */
	private void links(Plan plan, UUID objective, Team team, List<Team> parentLevel) {
		UUID first = team.parent.objectives.get(this.random.nextInt(team.parent.objectives.size()));
		UUID second = null;
		if (this.random.nextInt(8) == 0) {
			Team other = parentLevel.get(this.random.nextInt(parentLevel.size()));
			if (!other.objectives.isEmpty()) {
				second = other.objectives.get(this.random.nextInt(other.objectives.size()));
			}
		}
		boolean two = second != null && !second.equals(first);
		plan.links.add(link(plan, objective, 0, first, two));
		if (two) {
			plan.links.add(link(plan, objective, 1, second, true));
		}
	}

	private Link link(Plan plan, UUID objective, int position, UUID target, boolean weighted) {
		UUID rollup = plan.rollups.get(target);
		double weight = (rollup != null || weighted) ? WEIGHTS[this.random.nextInt(WEIGHTS.length)] : 1.0;
		return (rollup != null) ? new Link(objective, position, null, rollup, weight)
				: new Link(objective, position, target, null, weight);
	}

	private KeyResult keyResult(UUID objective, Team team, String area, int index, boolean rollup) {
		UUID owner = team.members.isEmpty() ? null : team.members.get(this.random.nextInt(team.members.size()));
		if (rollup) {
			return new KeyResult(uuid(), objective, "The teams below reach their " + area.toLowerCase() + " objectives",
					owner, "ROLLUP", 0, 1, null, 0);
		}
		double reach = 0.2 + this.random.nextDouble() * 0.95;
		return switch (index % 3) {
			case 0 -> {
				double start = 100 + this.random.nextInt(900);
				double target = start * (1.2 + this.random.nextDouble());
				yield new KeyResult(uuid(), objective,
						String.format(MEASURES[this.random.nextInt(MEASURES.length)], area), owner, "METRIC", start,
						target, "accounts", reach);
			}
			case 1 ->
				new KeyResult(uuid(), objective, "Share of " + area.toLowerCase() + " journeys measured end to end",
						owner, "PERCENTAGE", 0, 100, "%", reach);
			default -> new KeyResult(uuid(), objective, "New " + area.toLowerCase() + " flow live for every customer",
					owner, "MILESTONE", 0, 1, null, reach);
		};
	}

	/**
	 * A check-in every week from the cycle's first Monday up to its end or today,
	 * whichever comes first, moving each key result towards the share of its target it
	 * will reach; the key result keeps the last value and confidence, and a closed
	 * cycle's key results their score. Roll-ups take no check-ins.
	 */
	private long checkIns(Connection connection, Cycle cycle, Plan plan) throws SQLException {
		LocalDate firstMonday = cycle.start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate last = cycle.end.isBefore(this.today) ? cycle.end : this.today.minusDays(1);
		List<LocalDate> weeks = new ArrayList<>();
		for (LocalDate week = firstMonday; !week.isAfter(last); week = week.plusWeeks(1)) {
			weeks.add(week);
		}
		long count = 0;
		try (PreparedStatement checkIn = connection.prepareStatement("""
				insert into check_in (id, key_result_id, author_id, new_value, confidence, note, blockers, created_at,
				  source)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL')""");
				PreparedStatement keyResult = connection.prepareStatement("""
						update key_result set current_value = ?, confidence = ?, last_check_in_at = ?, score = ?,
						  previous_confidence = ?
						where id = ?""");
				PreparedStatement tracks = connection
					.prepareStatement("update key_result set metric_id = ? where id = ?");
				PreparedStatement measured = connection.prepareStatement("""
						insert into metric_value (id, metric_id, measured, source, key_result_id, recorded_at)
						values (?, ?, ?, 'MANUAL', ?, ?)""")) {
			int updated = 0;
			long tracked = 0;
			long values = 0;
			for (KeyResult kr : plan.keyResults) {
				if (kr.rollup()) {
					continue;
				}
				UUID metric = ("METRIC".equals(kr.type) && this.random.nextInt(3) == 0)
						? this.metrics.get(this.random.nextInt(this.metrics.size())) : null;
				if (metric != null) {
					tracks.setObject(1, metric);
					tracks.setObject(2, kr.id);
					batch(tracks, tracked++);
				}
				double value = kr.start;
				int confidence = 5 + this.random.nextInt(4);
				Integer previous = null;
				Instant at = null;
				int total = 13;
				for (int w = 0; w < weeks.size(); w++) {
					double share = Math.min(1.0, kr.reach * (w + 1) / total);
					value = "MILESTONE".equals(kr.type) ? ((share >= 1.0) ? 1 : 0)
							: Math.round((kr.start + (kr.target - kr.start) * share) * 10) / 10.0;
					previous = (w > 0) ? confidence : null;
					confidence = Math.max(1, Math.min(10, confidence + this.random.nextInt(3) - 1));
					at = weeks.get(w).atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(this.random.nextInt(28_800));
					checkIn.setObject(1, uuid());
					checkIn.setObject(2, kr.id);
					checkIn.setObject(3, kr.owner);
					checkIn.setDouble(4, value);
					checkIn.setInt(5, confidence);
					checkIn.setString(6, NOTES[this.random.nextInt(NOTES.length)]);
					checkIn.setString(7, (this.random.nextInt(10) == 0) ? "Waiting for the data export." : null);
					checkIn.setTimestamp(8, Timestamp.from(at));
					batch(checkIn, count++);
					if (metric != null) {
						measured.setObject(1, uuid());
						measured.setObject(2, metric);
						measured.setDouble(3, value);
						measured.setObject(4, kr.id);
						measured.setTimestamp(5, Timestamp.from(at));
						batch(measured, values++);
					}
				}
				double progress = Math.max(0, Math.min(1, (value - kr.start) / (kr.target - kr.start)));
				plan.progress.put(kr.id, progress);
				if (at != null || cycle.closed) {
					keyResult.setDouble(1, value);
					keyResult.setObject(2, (at != null) ? confidence : null);
					keyResult.setTimestamp(3, (at != null) ? Timestamp.from(at) : null);
					keyResult.setObject(4, cycle.closed ? progress : null);
					keyResult.setObject(5, previous);
					keyResult.setObject(6, kr.id);
					batch(keyResult, updated++);
				}
			}
			checkIn.executeBatch();
			keyResult.executeBatch();
			tracks.executeBatch();
			measured.executeBatch();
		}
		return count;
	}

	/**
	 * The roll-ups at the progress Lodestar would have given them: the weight-averaged
	 * progress of the objectives linked to them, each the mean progress of its key
	 * results; the deepest first, since roll-ups of the level above count them. A closed
	 * cycle's roll-ups are scored at their progress.
	 */
	private long rollups(Connection connection, Cycle cycle, Plan plan) throws SQLException {
		Map<UUID, List<KeyResult>> byObjective = new HashMap<>();
		plan.keyResults.forEach((kr) -> byObjective.computeIfAbsent(kr.objective, (id) -> new ArrayList<>()).add(kr));
		Map<UUID, List<Link>> into = new HashMap<>();
		plan.links.stream()
			.filter((link) -> link.targetKeyResult != null)
			.forEach((link) -> into.computeIfAbsent(link.targetKeyResult, (id) -> new ArrayList<>()).add(link));
		List<KeyResult> rollups = plan.keyResults.stream().filter(KeyResult::rollup).toList().reversed();
		try (PreparedStatement update = connection
			.prepareStatement("update key_result set current_value = ?, score = ? where id = ?")) {
			int n = 0;
			for (KeyResult rollup : rollups) {
				double weights = 0;
				double sum = 0;
				for (Link link : into.getOrDefault(rollup.id, List.of())) {
					List<KeyResult> theirs = byObjective.get(link.objective);
					double progress = theirs.stream().mapToDouble((kr) -> plan.progress.get(kr.id)).sum()
							/ theirs.size();
					weights += link.weight;
					sum += link.weight * progress;
				}
				double progress = (weights > 0) ? Math.max(0, Math.min(1, sum / weights)) : 0;
				plan.progress.put(rollup.id, progress);
				update.setDouble(1, progress);
				update.setObject(2, cycle.closed ? progress : null);
				update.setObject(3, rollup.id);
				batch(update, n++);
			}
			update.executeBatch();
		}
		return rollups.size();
	}

	/**
	 * A team in twenty asks another team for something in each cycle, three in four of
	 * them for one of its key results: a closed cycle's were all decided (one in four
	 * declined), the current one's are requested, accepted or declined.
	 */
	private long dependencies(Connection connection, Cycle cycle, List<Team> teams, Plan plan) throws SQLException {
		int count = Math.max(2, teams.size() / 20);
		LocalDate last = cycle.end.isBefore(this.today) ? cycle.end : this.today.minusDays(1);
		int days = Math.max(1, (int) (last.toEpochDay() - cycle.start.toEpochDay()));
		try (PreparedStatement dependency = connection.prepareStatement("""
				insert into dependency (id, cycle_id, from_team_id, to_team_id, key_result_id, description, due_date,
				  status, requested_by, requested_at, decided_by, decided_at, note, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (int n = 0; n < count; n++) {
				KeyResult kr = plan.keyResults.get(this.random.nextInt(plan.keyResults.size()));
				Team from = plan.teams.get(kr.objective);
				int other = this.random.nextInt(teams.size());
				Team to = teams.get(other) == from ? teams.get((other + 1) % teams.size()) : teams.get(other);
				boolean forKeyResult = !kr.rollup() && this.random.nextInt(4) != 0;
				String area = to.name.substring(0, to.name.indexOf(' '));
				Instant requested = cycle.start.plusDays(this.random.nextInt(days))
					.atTime(10, 0)
					.toInstant(ZoneOffset.UTC)
					.plusSeconds(this.random.nextInt(28_800));
				String status = cycle.closed ? ((this.random.nextInt(4) == 0) ? "DECLINED" : "ACCEPTED")
						: new String[] { "REQUESTED", "ACCEPTED", "DECLINED" }[this.random.nextInt(3)];
				Instant decided = "REQUESTED".equals(status) ? null
						: min(requested.plusSeconds(86_400L * (1 + this.random.nextInt(4))), this.now);
				dependency.setObject(1, uuid());
				dependency.setObject(2, cycle.id);
				dependency.setObject(3, from.id);
				dependency.setObject(4, to.id);
				dependency.setObject(5, forKeyResult ? kr.id : null);
				dependency.setString(6, String.format(ASKS[this.random.nextInt(ASKS.length)], area));
				dependency.setObject(7, cycle.end.minusDays(this.random.nextInt(30)));
				dependency.setString(8, status);
				dependency.setObject(9, from.members.isEmpty() ? null : from.members.get(0));
				dependency.setTimestamp(10, Timestamp.from(requested));
				dependency.setObject(11, (decided == null || to.members.isEmpty()) ? null : to.members.get(0));
				dependency.setTimestamp(12, (decided != null) ? Timestamp.from(decided) : null);
				dependency.setString(13, "DECLINED".equals(status) ? "Not this quarter: we are short of people."
						: (decided != null) ? "Yes, in our next sprint." : null);
				dependency.setLong(14, (decided != null) ? 1 : 0);
				batch(dependency, n);
			}
			dependency.executeBatch();
		}
		return count;
	}

	/**
	 * This week's Friday digests recorded as sent, as Lodestar records them (a row per
	 * team and week): every team has wins this week, so from Friday's check-in time to
	 * Sunday the app's first digest sweep would otherwise post a mail to each of the
	 * 10,000 people and spend the run retrying them against a mail server that is not
	 * there. The week is the Monday of today in UTC, the time zone of a new Lodestar.
	 */
	private void digestsSent(Connection connection, List<Team> teams) throws SQLException {
		LocalDate monday = this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		try (PreparedStatement digest = connection
			.prepareStatement("insert into rhythm_digest (team_id, week, sent_at) values (?, ?, ?)")) {
			int n = 0;
			for (Team team : teams) {
				digest.setObject(1, team.id);
				digest.setObject(2, monday);
				digest.setTimestamp(3, Timestamp.from(this.now));
				batch(digest, n++);
			}
			digest.executeBatch();
		}
	}

	private static Instant min(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}

	/** Closed cycles: every team wrote its retrospective, and most held it. */
	private void retrospectives(Connection connection, Cycle cycle, List<Team> teams) throws SQLException {
		Timestamp at = Timestamp.from(cycle.end.plusDays(3).atTime(15, 0).toInstant(ZoneOffset.UTC));
		try (PreparedStatement retro = connection.prepareStatement("""
				insert into retrospective (cycle_id, team_id, worked, did_not_work, change, held_at, updated_by,
				  updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 1)""")) {
			int n = 0;
			for (Team team : teams) {
				retro.setObject(1, cycle.id);
				retro.setObject(2, team.id);
				retro.setString(3, "The Monday calibration caught slipping key results early.");
				retro.setString(4, "Too many key results on one objective.");
				retro.setString(5, "At most three key results per objective, each with a baseline.");
				retro.setTimestamp(6, (this.random.nextInt(5) == 0) ? null : at);
				retro.setObject(7, team.members.isEmpty() ? null : team.members.get(0));
				retro.setTimestamp(8, at);
				batch(retro, n++);
			}
			retro.executeBatch();
		}
	}

	private static void batch(PreparedStatement statement, long n) throws SQLException {
		statement.addBatch();
		if ((n + 1) % BATCH == 0) {
			statement.executeBatch();
		}
	}

	private UUID uuid() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	/** How big the organisation is. */
	public record Size(int people, int teams, int keyResultsPerObjective) {

		public static final Size FULL = new Size(10_000, 1_000, 3);

		public Size scaled(double factor) {
			return new Size(Math.max(10, (int) Math.round(this.people * factor)),
					Math.max(4, (int) Math.round(this.teams * factor)), this.keyResultsPerObjective);
		}

	}

	/** What was generated. */
	public record Summary(long people, long teams, long cycles, long objectives, long keyResults, long checkIns,
			long links, long rollups, long dependencies) {
	}

	private record Team(UUID id, String name, Team parent, int level, int index, List<UUID> members,
			List<UUID> objectives) {

		Team(UUID id, String name, Team parent, int level, int index, List<UUID> members) {
			this(id, name, parent, level, index, members, new ArrayList<>());
		}

	}

	private record Cycle(UUID id, String name, LocalDate start, LocalDate end, boolean closed) {
	}

	private record KeyResult(UUID id, UUID objective, String title, UUID owner, String type, double start,
			double target, String unit, double reach) {

		boolean rollup() {
			return "ROLLUP".equals(this.type);
		}

	}

	/** A link of an objective to an objective or to a roll-up key result. */
	private record Link(UUID objective, int position, UUID targetObjective, UUID targetKeyResult, double weight) {
	}

	private static final class Plan {

		long objectives;

		final List<KeyResult> keyResults = new ArrayList<>();

		final List<Link> links = new ArrayList<>();

		/** The roll-up key result of each objective that has one. */
		final Map<UUID, UUID> rollups = new HashMap<>();

		/** The team of each objective. */
		final Map<UUID, Team> teams = new HashMap<>();

		/** The progress of each key result at the end of its check-ins. */
		final Map<UUID, Double> progress = new HashMap<>();

	}

}
