package dev.lodestar.cycles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CycleRepository extends ListCrudRepository<Cycle, CycleId> {

	@Query("select * from cycle where phase <> 'CLOSED' order by start_date, id")
	List<Cycle> findOpen();

	Optional<Cycle> findByNameKey(String nameKey);

	@Query("select * from cycle where start_date <= :end and end_date >= :start order by start_date, id")
	List<Cycle> findOverlapping(LocalDate start, LocalDate end);

	@Query("select * from cycle order by start_date desc, id limit 1")
	List<Cycle> findLatest();

	@Query("select * from cycle order by start_date desc, name, id limit :limit offset :offset")
	List<Cycle> findPage(int limit, long offset);

}
