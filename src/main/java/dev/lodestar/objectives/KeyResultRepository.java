package dev.lodestar.objectives;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface KeyResultRepository extends ListCrudRepository<KeyResult, KeyResultId> {

	@Query("select * from key_result where objective_id in (:objectiveIds) order by created_at, id")
	List<KeyResult> findByObjectives(Collection<UUID> objectiveIds);

	@Query("""
			select kr.* from key_result kr join objective o on o.id = kr.objective_id
			where kr.owner_id = :ownerId and o.cycle_id in (:cycleIds) and o.status <> 'ARCHIVED'
			order by o.created_at, o.id, kr.created_at, kr.id""")
	List<KeyResult> findOwnedInCycles(UUID ownerId, Collection<UUID> cycleIds);

	@Query("select id from key_result where id = :id for update")
	List<UUID> lock(UUID id);

}
