package dev.lodestar.overlaps;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * Measures the similarity search of {@link Overlaps} at the size the issue asks about:
 * the objectives of every cycle of the benchmark organisation (about 12,000) in one
 * {@link TextIndex}, and a few hundred searches for the objectives similar to one of them
 * (its title and description, other teams only, as {@code GET /objectives/{id}/similar}
 * searches), each timed alone. Also the index of the largest cycle alone, which is what
 * Lodestar builds. Not a test: run by {@code bench/run} on the generated database while
 * Lodestar is stopped.
 * <p>
 * {@code --url=jdbc:h2:file:... [--user=sa] [--password=] [--searches=500] [--seed=42]}
 */
public final class SimilarityAtScale {

	private SimilarityAtScale() {
	}

	public static void main(String[] args) throws Exception {
		String url = option(args, "url", null);
		int searches = Integer.parseInt(option(args, "searches", "500"));
		Random random = new Random(Long.parseLong(option(args, "seed", "42")));
		Map<UUID, List<ObjectiveText>> byCycle;
		try (Connection connection = DriverManager.getConnection(url, option(args, "user", "sa"),
				option(args, "password", ""))) {
			byCycle = read(connection);
		}
		List<ObjectiveText> all = byCycle.values().stream().flatMap(List::stream).toList();
		List<ObjectiveText> largest = byCycle.values()
			.stream()
			.max((a, b) -> Integer.compare(a.size(), b.size()))
			.orElseThrow();
		System.out.printf(Locale.ROOT, "  %d objectives in %d cycles, the largest cycle %d%n", all.size(),
				byCycle.size(), largest.size());
		for (int round = 1; round <= 3; round++) {
			timed("index of all, build " + round, () -> index(all));
			timed("index of one cycle, build " + round, () -> index(largest));
		}
		TextIndex<ObjectiveText> index = index(all);
		searches("among all " + all.size(), index, all, searches, random);
		searches("among one cycle's " + largest.size(), index(largest), largest, searches, random);
		for (int round = 1; round <= 3; round++) {
			TextIndex<ObjectiveText> cycle = index(largest);
			CycleIndexes.Side<ObjectiveText> side = new CycleIndexes.Side<>(0, cycle);
			CycleIndexes.Side<Measured> none = new CycleIndexes.Side<>(0, measures(List.of()));
			timed("every objective's partners in one cycle (the overlaps' pairs), " + round, () -> {
				Overlaps.neighbours(new CycleIndexes.Indexed(null, side, none));
				return side;
			});
		}
	}

	private static TextIndex<ObjectiveText> index(List<ObjectiveText> texts) {
		return TextIndex.of(texts, ObjectiveText::title, ObjectiveText::description);
	}

	private static TextIndex<Measured> measures(List<Measured> measured) {
		return TextIndex.of(measured, Measured::measure, (one) -> null);
	}

	/**
	 * Searches as {@link Overlaps#similar} does for randomly chosen team objectives: a
	 * warm-up of as many, then each search timed.
	 */
	private static void searches(String label, TextIndex<ObjectiveText> index, List<ObjectiveText> texts, int count,
			Random random) {
		List<ObjectiveText> teamObjectives = texts.stream().filter((text) -> !text.teamIds().isEmpty()).toList();
		long found = 0;
		long[] took = new long[count];
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < count; i++) {
				ObjectiveText one = teamObjectives.get(random.nextInt(teamObjectives.size()));
				long started = System.nanoTime();
				var similar = index.similar(one.title(), one.description(),
						Overlaps.otherTeams(one.teamIds(), one.id()), Overlaps.SIMILAR, Overlaps.DEFAULT_LIMIT);
				took[i] = System.nanoTime() - started;
				found += similar.size();
			}
		}
		Arrays.sort(took);
		System.out.printf(Locale.ROOT,
				"  similar objectives %s: %d searches, p50 %.2f ms, p99 %.2f ms, max %.2f ms (%.1f found on average)%n",
				label, count, took[count / 2 - 1] / 1e6, took[(int) Math.ceil(count * 0.99) - 1] / 1e6,
				took[count - 1] / 1e6, found / (2.0 * count));
	}

	private static <T> T timed(String label, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		System.out.printf(Locale.ROOT, "  %s: %d ms%n", label, (System.nanoTime() - started) / 1_000_000);
		return result;
	}

	/** The objectives that are not archived, by cycle, in the order written. */
	private static Map<UUID, List<ObjectiveText>> read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select cycle_id, id, team_id, shared_with, title, description "
						+ "from objective where status <> 'ARCHIVED' order by created_at, id")) {
			List<Object[]> rows = new ArrayList<>();
			while (rs.next()) {
				List<TeamId> teams = new ArrayList<>();
				UUID team = rs.getObject("team_id", UUID.class);
				if (team != null) {
					teams.add(new TeamId(team));
					String shared = rs.getString("shared_with");
					if (shared != null && !shared.isBlank()) {
						Arrays.stream(shared.split(","))
							.map((id) -> new TeamId(UUID.fromString(id)))
							.forEach(teams::add);
					}
				}
				rows.add(new Object[] { rs.getObject("cycle_id", UUID.class),
						new ObjectiveText(new ObjectiveId(rs.getObject("id", UUID.class)), teams, rs.getString("title"),
								rs.getString("description"), List.of()) });
			}
			return rows.stream()
				.collect(Collectors.groupingBy((row) -> (UUID) row[0], java.util.LinkedHashMap::new,
						Collectors.mapping((row) -> (ObjectiveText) row[1], Collectors.toList())));
		}
	}

	private static String option(String[] args, String name, String fallback) {
		return Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--" + name + "="))
			.map((arg) -> arg.substring(name.length() + 3))
			.findFirst()
			.orElse(fallback);
	}

}
