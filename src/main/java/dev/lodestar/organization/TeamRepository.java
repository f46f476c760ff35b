package dev.lodestar.organization;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, TeamId> {

	boolean existsByParentId(TeamId parentId);

	@Query("select * from team order by name, id limit :limit offset :offset")
	List<Team> findPage(int limit, long offset);

}
