package dev.lodestar.cycles;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CycleRepository extends ListCrudRepository<Cycle, CycleId> {

	@Query("select * from cycle order by start_date desc, name, id limit :limit offset :offset")
	List<Cycle> findPage(int limit, long offset);

}
