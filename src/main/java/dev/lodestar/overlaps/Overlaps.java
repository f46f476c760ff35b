package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.TeamId;
import dev.lodestar.overlaps.TextIndex.Match;
import dev.lodestar.shared.InvalidInputException;

/**
 * Where teams of a cycle chase the same thing: objectives of different teams whose titles
 * and descriptions are similar, and key results of different teams that move the same
 * measure in opposite directions. Similarity is the cosine of TF-IDF vectors
 * ({@link TextIndex}); objectives are similar from {@value #SIMILAR} (the fixed pairs of
 * the tests put every true pair above it and every false pair below), close from
 * {@value #CLOSE}; two key results measure the same thing from {@value #SAME_MEASURE}.
 * Company-wide objectives, which teams' objectives are meant to echo, are compared with
 * nothing but an objective asked about.
 */
@Service
public class Overlaps {

	public static final double SIMILAR = 0.5;

	public static final double CLOSE = 0.7;

	public static final double SAME_MEASURE = 0.5;

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 100;

	/** How many partners of one objective or key result the cycle's lists keep. */
	static final int PARTNERS = 5;

	/** The name under which an index keeps each item's closest partners. */
	private static final String NEIGHBOURS = "neighbours";

	/** The name under which an index keeps the cycle's pairs. */
	private static final String PAIRS = "pairs";

	private final CycleIndexes indexes;

	private final Objectives objectives;

	Overlaps(CycleIndexes indexes, Objectives objectives) {
		this.indexes = indexes;
		this.objectives = objectives;
	}

	/**
	 * The objectives of other teams in the objective's cycle that are similar to it, most
	 * similar first, at most {@code limit} (1 to {@value #MAX_LIMIT}, default
	 * {@value #DEFAULT_LIMIT}).
	 */
	public List<Similar> similarTo(ObjectiveId id, Integer limit) {
		int max = limit(limit);
		Objective objective = this.objectives.get(id);
		return similar(objective.cycleId(), objective.teamIds(), id, objective.title(), objective.description(), max);
	}

	/**
	 * The objectives of teams other than {@code teams} in a cycle whose text is similar
	 * to the one given, {@code except} (the objective itself, or {@code null}) left out.
	 */
	public List<Similar> similar(CycleId cycle, List<TeamId> teams, ObjectiveId except, String title,
			String description, int limit) {
		return similar(this.indexes.of(cycle), teams, except, title, description, limit);
	}

	List<Similar> similar(CycleIndexes.Indexed indexed, List<TeamId> teams, ObjectiveId except, String title,
			String description, int limit) {
		CycleIndexes.Side<ObjectiveText> side = indexed.objectives();
		Neighbours<ObjectiveText> neighbours = side.derivedIfMade(NEIGHBOURS);
		List<Match<ObjectiveText>> found = null;
		if (neighbours != null && except != null && limit <= PARTNERS) {
			found = neighbours.of(
					except, (item) -> !teams.isEmpty() && item.teamIds().equals(teams)
							&& Objects.equals(item.title(), title) && Objects.equals(item.description(), description),
					limit);
		}
		if (found == null) {
			found = side.index().similar(title, description, otherTeams(teams, except), SIMILAR, limit);
		}
		return found.stream().map((match) -> Similar.of(match.item(), match.similarity())).toList();
	}

	/**
	 * The cycle's indexes as its texts are now; with {@code wholeCycle}, with the
	 * {@linkplain #neighbours neighbours} of all their items worked out.
	 */
	CycleIndexes.Indexed indexed(CycleId cycle, boolean wholeCycle) {
		CycleIndexes.Indexed indexed = this.indexes.of(cycle);
		if (wholeCycle) {
			neighbours(indexed);
		}
		return indexed;
	}

	/**
	 * Works out once per index every objective's and key result's closest partners of
	 * other teams, so that a batch as large as a cycle (the coach's summary) then costs a
	 * look-up per objective and key result rather than a search. Until then, and for a
	 * text that differs from the stored one, each is searched for; either way the answer
	 * is the same.
	 */
	static void neighbours(CycleIndexes.Indexed indexed) {
		objectiveNeighbours(indexed.objectives());
		measureNeighbours(indexed.measures());
	}

	/**
	 * Another team's key result in the cycle that moves the same measure the other way
	 * than a key result being written ({@code keyResult} when it is stored), or
	 * {@code null}.
	 */
	Competitor competitor(CycleIndexes.Indexed indexed, List<TeamId> teams, ObjectiveId except, KeyResultId keyResult,
			String title, KeyResultType type, Double start, Double target, String unit) {
		Direction direction = Direction.of(type, title, start, target);
		if (direction == null) {
			return null;
		}
		String measure = Direction.measure(title, unit);
		CycleIndexes.Side<Measured> side = indexed.measures();
		Neighbours<Measured> neighbours = side.derivedIfMade(NEIGHBOURS);
		List<Match<Measured>> found = null;
		if (neighbours != null && keyResult != null) {
			found = neighbours.of(keyResult,
					(item) -> !teams.isEmpty() && item.direction() == direction && item.measure().equals(measure)
							&& item.teamIds().equals(teams) && item.objective().id().equals(except),
					1);
		}
		if (found == null) {
			found = side.index()
				.similar(measure, null, (other) -> other.direction() == direction.opposite()
						&& otherTeams(teams, except).test(other.objective()), SAME_MEASURE, 1);
		}
		return found.isEmpty() ? null : new Competitor(found.get(0).item(), measure, found.get(0).similarity());
	}

	/** The cycle's overlapping objectives and competing key results, closest first. */
	public CycleOverlaps ofCycle(CycleId cycle) {
		CycleIndexes.Indexed indexed = this.indexes.of(cycle);
		List<ObjectivePair> objectivePairs = indexed.objectives()
			.derived(PAIRS, () -> objectivePairs(objectiveNeighbours(indexed.objectives())));
		List<KeyResultPair> keyResultPairs = indexed.measures()
			.derived(PAIRS, () -> keyResultPairs(measureNeighbours(indexed.measures())));
		return new CycleOverlaps(objectivePairs, keyResultPairs);
	}

	/**
	 * The overlaps of one team in a cycle: only its own objectives and key results are
	 * compared, so this costs a few searches however large the cycle, once: the pairs are
	 * kept with the indexes, as long as no text in the cycle changes.
	 */
	public CycleOverlaps ofTeam(CycleId cycle, TeamId team) {
		CycleIndexes.Indexed indexed = this.indexes.of(cycle);
		TextIndex<ObjectiveText> objectives = indexed.objectives().index();
		TextIndex<Measured> measures = indexed.measures().index();
		String name = PAIRS + " of " + team;
		return new CycleOverlaps(indexed.objectives()
			.derived(name, () -> objectivePairs(new Neighbours<>(objectives.items(),
					searched(objectives, team, ObjectiveText::teamIds, Overlaps::objectivesOf), ObjectiveText::id))),
				indexed.measures()
					.derived(name,
							() -> keyResultPairs(new Neighbours<>(measures.items(),
									searched(measures, team, Measured::teamIds, Overlaps::measuresOf),
									(one) -> one.keyResult().id()))));
	}

	private static Neighbours<ObjectiveText> objectiveNeighbours(CycleIndexes.Side<ObjectiveText> side) {
		TextIndex<ObjectiveText> index = side.index();
		return side.derived(NEIGHBOURS, () -> new Neighbours<>(index.items(),
				searched(index, null, ObjectiveText::teamIds, Overlaps::objectivesOf), ObjectiveText::id));
	}

	private static Neighbours<Measured> measureNeighbours(CycleIndexes.Side<Measured> side) {
		TextIndex<Measured> index = side.index();
		return side.derived(NEIGHBOURS, () -> new Neighbours<>(index.items(),
				searched(index, null, Measured::teamIds, Overlaps::measuresOf), (one) -> one.keyResult().id()));
	}

	/**
	 * The closest partners (at most {@value #PARTNERS}) of each indexed item, by
	 * position: none for company-wide ones, and, when {@code team} is given, none for
	 * other teams' items.
	 */
	private static <T> List<List<Match<T>>> searched(TextIndex<T> index, TeamId team, Function<T, List<TeamId>> teamsOf,
			BiFunction<TextIndex<T>, Integer, List<Match<T>>> partners) {
		List<T> items = index.items();
		List<List<Match<T>>> found = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			List<TeamId> teams = teamsOf.apply(items.get(i));
			boolean wanted = !teams.isEmpty() && (team == null || teams.contains(team));
			found.add(wanted ? partners.apply(index, i) : List.of());
		}
		return found;
	}

	private static List<Match<ObjectiveText>> objectivesOf(TextIndex<ObjectiveText> index, int position) {
		ObjectiveText one = index.items().get(position);
		return index.similarTo(position, otherTeams(one.teamIds(), one.id()), SIMILAR, PARTNERS);
	}

	private static List<Match<Measured>> measuresOf(TextIndex<Measured> index, int position) {
		Measured one = index.items().get(position);
		Predicate<ObjectiveText> others = otherTeams(one.teamIds(), one.objective().id());
		return index.similarTo(position,
				(other) -> other.direction() == one.direction().opposite() && others.test(other.objective()),
				SAME_MEASURE, PARTNERS);
	}

	private static List<ObjectivePair> objectivePairs(Neighbours<ObjectiveText> neighbours) {
		Map<Set<ObjectiveId>, ObjectivePair> pairs = new LinkedHashMap<>();
		for (int i = 0; i < neighbours.items().size(); i++) {
			ObjectiveText one = neighbours.items().get(i);
			for (Match<ObjectiveText> match : neighbours.byPosition().get(i)) {
				pairs.putIfAbsent(Set.of(one.id(), match.item().id()),
						new ObjectivePair(one, match.item(), match.similarity()));
			}
		}
		return pairs.values()
			.stream()
			.sorted(Comparator.comparingDouble(ObjectivePair::similarity).reversed())
			.toList();
	}

	private static List<KeyResultPair> keyResultPairs(Neighbours<Measured> neighbours) {
		Map<Set<KeyResultId>, KeyResultPair> pairs = new LinkedHashMap<>();
		for (int i = 0; i < neighbours.items().size(); i++) {
			Measured one = neighbours.items().get(i);
			for (Match<Measured> match : neighbours.byPosition().get(i)) {
				pairs.putIfAbsent(Set.of(one.keyResult().id(), match.item().keyResult().id()),
						new KeyResultPair(one, match.item(), match.similarity()));
			}
		}
		return pairs.values()
			.stream()
			.sorted(Comparator.comparingDouble(KeyResultPair::similarity).reversed())
			.toList();
	}

	/**
	 * Objectives of teams that are none of {@code teams}: not company-wide, and not
	 * {@code except}.
	 */
	static Predicate<ObjectiveText> otherTeams(Collection<TeamId> teams, ObjectiveId except) {
		Set<TeamId> own = new HashSet<>(teams);
		return (other) -> !other.teamIds().isEmpty() && !other.id().equals(except)
				&& other.teamIds().stream().noneMatch(own::contains);
	}

	static int limit(Integer limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw InvalidInputException.of("limit", "must be from 1 to " + MAX_LIMIT);
		}
		return limit;
	}

	/** Rounded to two decimals, as shown. */
	static double rounded(double similarity) {
		return Math.round(similarity * 100) / 100.0;
	}

	/**
	 * Each indexed item's closest partners of other teams, by position, and where each
	 * item is by its id.
	 */
	record Neighbours<T>(List<T> items, List<List<Match<T>>> byPosition, Map<Object, Integer> positions) {

		Neighbours(List<T> items, List<List<Match<T>>> byPosition, Function<T, Object> id) {
			this(items, byPosition, positions(items, id));
		}

		private static <T> Map<Object, Integer> positions(List<T> items, Function<T, Object> id) {
			Map<Object, Integer> positions = new HashMap<>();
			for (int i = 0; i < items.size(); i++) {
				positions.put(id.apply(items.get(i)), i);
			}
			return positions;
		}

		/**
		 * The first {@code limit} partners of the item with that id, or {@code null} when
		 * there is none or it is not {@code same} (a text asked about that differs from
		 * the indexed one must be searched for).
		 */
		List<Match<T>> of(Object id, Predicate<T> same, int limit) {
			Integer position = this.positions.get(id);
			if (position == null || !same.test(this.items.get(position))) {
				return null;
			}
			List<Match<T>> partners = this.byPosition.get(position);
			return (partners.size() > limit) ? partners.subList(0, limit) : partners;
		}

	}

	/** An objective of another team and how similar it is (0.0–1.0). */
	public record Similar(ObjectiveId objectiveId, TeamId teamId, List<TeamId> teamIds, String title,
			double similarity) {

		static Similar of(ObjectiveText text, double similarity) {
			return new Similar(text.id(), text.teamIds().get(0), text.teamIds(), text.title(), rounded(similarity));
		}

	}

	/**
	 * What another team's key result moves the other way, and how alike the measures are.
	 */
	record Competitor(Measured other, String measure, double similarity) {
	}

	/** A cycle's overlapping objectives and competing key results. */
	public record CycleOverlaps(List<ObjectivePair> objectives, List<KeyResultPair> keyResults) {

		/** The teams named in any pair. */
		public Set<TeamId> teams() {
			Set<TeamId> teams = new HashSet<>();
			this.objectives.forEach((pair) -> {
				teams.addAll(pair.a().teamIds());
				teams.addAll(pair.b().teamIds());
			});
			this.keyResults.forEach((pair) -> {
				teams.addAll(pair.a().teamIds());
				teams.addAll(pair.b().teamIds());
			});
			return teams;
		}

		public boolean isEmpty() {
			return this.objectives.isEmpty() && this.keyResults.isEmpty();
		}

	}

	/** Two objectives of different teams that are similar. */
	public record ObjectivePair(ObjectiveText a, ObjectiveText b, double similarity) {
	}

	/**
	 * Two key results of different teams that move the same measure in opposite
	 * directions.
	 */
	public record KeyResultPair(Measured a, Measured b, double similarity) {

		/** What both measure, in the words of the first. */
		public String measure() {
			return this.a.measure();
		}

	}

}
