package dev.lodestar.objectives;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface CheckInRepository extends Repository<CheckIn, CheckInId> {

	Optional<CheckIn> findById(CheckInId id);

	@Query("select * from check_in where key_result_id = :keyResultId order by created_at desc, id desc limit :limit offset :offset")
	List<CheckIn> findPage(UUID keyResultId, int limit, long offset);

	/**
	 * The latest check-in of each key result, found through the index per key result: a
	 * key result fed by a data feed may hold thousands, and none but the latest is read.
	 */
	@Query("""
			select c.* from key_result k join check_in c on c.id = (select l.id from check_in l
			where l.key_result_id = k.id order by l.created_at desc, l.id desc limit 1)
			where k.id in (:keyResultIds)""")
	List<CheckIn> findLatest(Collection<UUID> keyResultIds);

	@Query("select count(*) from check_in where key_result_id = :keyResultId")
	long countByKeyResult(UUID keyResultId);

}
