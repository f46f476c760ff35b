package dev.lodestar.objectives;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface KeyResultRepository extends ListCrudRepository<KeyResult, KeyResultId> {

	@Query("select * from key_result where objective_id in (:objectiveIds) order by created_at, id")
	List<KeyResult> findByObjectives(Collection<UUID> objectiveIds);

	/**
	 * A page of objectives, each with its key results and links: two queries however long
	 * the page.
	 */
	default List<ObjectiveView> viewsOf(List<Objective> page, ObjectiveLinks links) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<ObjectiveId, List<Contribution>> linked = links.of(page.stream().map(Objective::id).toList());
		Map<ObjectiveId, List<KeyResult>> byObjective = findByObjectives(
				page.stream().map((objective) -> objective.id().value()).toList())
			.stream()
			.collect(Collectors.groupingBy(KeyResult::objectiveId));
		return page.stream()
			.map((objective) -> new ObjectiveView(objective, byObjective.getOrDefault(objective.id(), List.of()),
					linked.getOrDefault(objective.id(), List.of())))
			.toList();
	}

	@Query("select * from key_result where id in (:ids)")
	List<KeyResult> findIn(Collection<UUID> ids);

	@Query("""
			select kr.* from key_result kr join objective o on o.id = kr.objective_id
			where kr.owner_id = :ownerId and o.cycle_id in (:cycleIds) and o.status <> 'ARCHIVED'
			order by o.created_at, o.id, kr.created_at, kr.id""")
	List<KeyResult> findOwnedInCycles(UUID ownerId, Collection<UUID> cycleIds);

	/**
	 * Notes on a key result the confidence of its check-in before the latest, after a
	 * check-in (one dated in the past may have slipped in between the two).
	 */
	@Modifying
	@Query("""
			update key_result set previous_confidence = (
			  select c.confidence from check_in c where c.key_result_id = :id
			  order by c.created_at desc, c.id desc limit 1 offset 1)
			where id = :id""")
	void notePreviousConfidence(UUID id);

	@Modifying
	@Query("""
			update key_result
			set score = greatest(0.0, least(1.0, (current_value - start_value) / (target_value - start_value))),
			    score_reason = null, version = version + 1
			where score is null and objective_id in (select id from objective where cycle_id = :cycleId)""")
	int scoreUnscored(UUID cycleId);

	@Query("""
			select kr.* from key_result kr join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' order by kr.created_at, kr.id""")
	List<KeyResult> findOpenOfCycle(UUID cycleId);

}
