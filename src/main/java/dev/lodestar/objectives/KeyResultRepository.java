package dev.lodestar.objectives;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface KeyResultRepository extends ListCrudRepository<KeyResult, KeyResultId> {

	@Query("select * from key_result where objective_id in (:objectiveIds) order by created_at, id")
	List<KeyResult> findByObjectives(Collection<UUID> objectiveIds);

	@Query("select id from key_result where id = :id for update")
	List<UUID> lock(UUID id);

}
