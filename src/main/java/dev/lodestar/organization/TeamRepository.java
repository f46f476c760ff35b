package dev.lodestar.organization;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, TeamId> {

	boolean existsByParentId(TeamId parentId);

	@Query("select count(*) from team where id in (:ids)")
	long countByIdIn(java.util.Collection<java.util.UUID> ids);

	@Query("select * from team order by name, id limit :limit offset :offset")
	List<Team> findPage(int limit, long offset);

	@Query("""
			with recursive above (id, parent_id, depth) as (
			  select id, parent_id, 0 from team where id = :id
			  union all
			  select t.id, t.parent_id, above.depth + 1 from team t join above on t.id = above.parent_id
			  where above.depth < 100)
			select * from team where id in (select id from above)""")
	List<Team> findWithAncestors(java.util.UUID id);

}
