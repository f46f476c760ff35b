package dev.lodestar.objectives;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, ObjectiveId> {

	@Query("""
			select * from objective where cycle_id = :cycleId and status <> 'ARCHIVED' and team_id is null
			order by created_at, id""")
	List<Objective> findOpenCompanyWide(UUID cycleId);

	@Query("""
			select * from objective where cycle_id = :cycleId and status <> 'ARCHIVED'
			and (team_id is null or team_id in (:teamIds)) order by created_at, id""")
	List<Objective> findOpenOfCompanyAndTeams(UUID cycleId, java.util.Collection<UUID> teamIds);

	@Query("select * from objective where cycle_id = :cycleId order by created_at, id")
	List<Objective> findByCycle(UUID cycleId);

	@Query("select * from objective where status = 'IN_REVIEW' order by created_at, id")
	List<Objective> findInReview();

	@Query("select * from objective where id in (:ids)")
	List<Objective> findIn(java.util.Collection<UUID> ids);

	@Query("select id from objective where id = :id for update")
	List<UUID> lock(UUID id);

	@Query("select * from objective where carried_from in (:ids) order by created_at, id")
	List<Objective> findCarriedFrom(java.util.Collection<UUID> ids);

	@Query("select * from objective where carried_from = :id and cycle_id = :cycleId")
	List<Objective> findCarriedInto(UUID id, UUID cycleId);

}
