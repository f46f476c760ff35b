package dev.lodestar.objectives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps roll-up key results up to date, in the transaction of the change below them. A
 * roll-up key result stores its progress as its current value (start 0, target 1), so
 * that every reader of key results sees the right number without knowing about roll-ups.
 * <p>
 * After a change to some objectives' progress or links, every roll-up above them is first
 * locked, one by one in the order of their ids (the same order in every transaction, so
 * that two check-ins below the same roll-ups wait for each other instead of deadlocking),
 * then read afresh and recomputed from the bottom up, and the ones that moved are written
 * with their version counted up. The lock is taken with an update, which PostgreSQL does
 * not let conflict with the key-share locks that inserting a link takes.
 */
@Component
class Rollups {

	private final ObjectiveLinks links;

	private final KeyResultRepository keyResults;

	private final JdbcClient jdbc;

	Rollups(ObjectiveLinks links, KeyResultRepository keyResults, JdbcClient jdbc) {
		this.links = links;
		this.keyResults = keyResults;
		this.jdbc = jdbc;
	}

	/**
	 * Recomputes the roll-ups above objectives whose progress or links changed, and some
	 * roll-ups that lost contributors (with those above them).
	 */
	void refresh(Collection<ObjectiveId> changed, Collection<KeyResultId> rollups) {
		Set<ObjectiveId> starts = new HashSet<>(changed);
		Set<KeyResultId> affected = new HashSet<>(rollups);
		if (!rollups.isEmpty()) {
			this.keyResults.findAllById(rollups).forEach((keyResult) -> starts.add(keyResult.objectiveId()));
		}
		affected.addAll(this.links.rollupsAbove(starts));
		if (affected.isEmpty()) {
			return;
		}
		affected.stream().sorted(Comparator.comparing(KeyResultId::value)).forEach(this::lock);
		recompute(affected);
	}

	void refresh(ObjectiveId changed) {
		refresh(List.of(changed), List.of());
	}

	private void lock(KeyResultId id) {
		this.jdbc.sql("update key_result set version = version where id = ? and type = 'ROLLUP'")
			.param(id.value())
			.update();
	}

	private void recompute(Set<KeyResultId> affected) {
		Map<KeyResultId, Map<ObjectiveId, Double>> contributors = this.links.contributorsOf(affected);
		Set<ObjectiveId> objectives = new HashSet<>();
		contributors.values().forEach((weights) -> objectives.addAll(weights.keySet()));
		Map<ObjectiveId, List<KeyResult>> byObjective = new HashMap<>();
		Map<KeyResultId, KeyResult> rollups = new HashMap<>();
		if (!objectives.isEmpty()) {
			this.keyResults.findByObjectives(objectives.stream().map(ObjectiveId::value).toList())
				.forEach((kr) -> byObjective.computeIfAbsent(kr.objectiveId(), (id) -> new ArrayList<>()).add(kr));
		}
		this.keyResults.findAllById(affected)
			.stream()
			.filter((kr) -> kr.type() == KeyResultType.ROLLUP)
			.forEach((kr) -> rollups.put(kr.id(), kr));
		Graph graph = new Graph(contributors, byObjective, rollups);
		for (KeyResultId id : graph.bottomUp()) {
			KeyResult rollup = rollups.get(id);
			double progress = graph.progressOf(id);
			KeyResult moved = rollup.rolledUp(progress);
			graph.replace(moved);
			if (Double.compare(moved.currentValue(), rollup.currentValue()) != 0
					|| !Objects.equals(moved.score(), rollup.score())) {
				store(moved);
			}
		}
	}

	private void store(KeyResult rollup) {
		this.jdbc.sql("update key_result set current_value = ?, score = ?, version = version + 1 where id = ?")
			.params(rollup.currentValue(), rollup.score(), rollup.id().value())
			.update();
	}

	/**
	 * The roll-ups being recomputed, what contributes to each, and the key results of the
	 * contributing objectives, some of which are roll-ups being recomputed too.
	 */
	private static final class Graph {

		private final Map<KeyResultId, Map<ObjectiveId, Double>> contributors;

		private final Map<ObjectiveId, List<KeyResult>> byObjective;

		private final Map<KeyResultId, KeyResult> rollups;

		Graph(Map<KeyResultId, Map<ObjectiveId, Double>> contributors, Map<ObjectiveId, List<KeyResult>> byObjective,
				Map<KeyResultId, KeyResult> rollups) {
			this.contributors = contributors;
			this.byObjective = byObjective;
			this.rollups = rollups;
		}

		/** The roll-ups, each after every roll-up it depends on. */
		List<KeyResultId> bottomUp() {
			Set<KeyResultId> ordered = new LinkedHashSet<>();
			Set<KeyResultId> visiting = new HashSet<>();
			this.rollups.keySet()
				.stream()
				.sorted(Comparator.comparing(KeyResultId::value))
				.forEach((id) -> visit(id, ordered, visiting));
			return new ArrayList<>(ordered);
		}

		private void visit(KeyResultId id, Set<KeyResultId> ordered, Set<KeyResultId> visiting) {
			if (ordered.contains(id) || !visiting.add(id)) {
				return;
			}
			for (ObjectiveId objective : this.contributors.getOrDefault(id, Map.of()).keySet()) {
				for (KeyResult kr : this.byObjective.getOrDefault(objective, List.of())) {
					if (this.rollups.containsKey(kr.id())) {
						visit(kr.id(), ordered, visiting);
					}
				}
			}
			ordered.add(id);
		}

		double progressOf(KeyResultId rollup) {
			return KeyResult.rollUp(this.contributors.getOrDefault(rollup, Map.of())
				.entrySet()
				.stream()
				.map((entry) -> new KeyResult.Share(entry.getValue(),
						KeyResult.progressOf(this.byObjective.getOrDefault(entry.getKey(), List.of()))))
				.toList());
		}

		void replace(KeyResult moved) {
			this.rollups.put(moved.id(), moved);
			List<KeyResult> siblings = this.byObjective.get(moved.objectiveId());
			if (siblings != null) {
				siblings.replaceAll((kr) -> kr.id().equals(moved.id()) ? moved : kr);
			}
		}

	}

}
