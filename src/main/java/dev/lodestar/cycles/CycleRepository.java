package dev.lodestar.cycles;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CycleRepository extends ListCrudRepository<Cycle, CycleId> {

	@Query("select * from cycle where phase <> 'CLOSED' order by start_date, id")
	List<Cycle> findOpen();

	@Query("select * from cycle order by start_date desc, id limit 1")
	List<Cycle> findLatest();

	@Query("select * from cycle order by start_date desc, name, id limit :limit offset :offset")
	List<Cycle> findPage(int limit, long offset);

}
