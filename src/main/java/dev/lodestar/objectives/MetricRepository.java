package dev.lodestar.objectives;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MetricRepository extends ListCrudRepository<Metric, MetricId> {

	@Query("select * from metric where deleted_at is null order by lower(name), id limit :limit offset :offset")
	List<Metric> findLive(int limit, long offset);

	@Query("select count(*) from metric where deleted_at is null")
	long countLive();

	@Query("select count(*) from metric where deleted_at is null and lower(name) = lower(:name) and id <> :id")
	long countNamed(String name, UUID id);

	@Query("select * from metric where id = :id for update")
	Metric lock(UUID id);

}
