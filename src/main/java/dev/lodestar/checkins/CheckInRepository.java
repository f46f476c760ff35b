package dev.lodestar.checkins;

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

	@Query("""
			select c.* from check_in c where c.key_result_id in (:keyResultIds) and c.created_at =
			(select max(l.created_at) from check_in l where l.key_result_id = c.key_result_id)""")
	List<CheckIn> findLatest(Collection<UUID> keyResultIds);

	@Query("select count(*) from check_in where key_result_id = :keyResultId")
	long countByKeyResult(UUID keyResultId);

}
