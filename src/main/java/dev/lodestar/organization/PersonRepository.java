package dev.lodestar.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, PersonId> {

	Optional<Person> findByEmail(String email);

	boolean existsByRoleAndStatusAndIdNot(Role role, PersonStatus status, PersonId id);

	@Query("select * from person order by name, id limit :limit offset :offset")
	List<Person> findPage(int limit, long offset);

	@Query("select * from person where lower(name) like :pattern escape '!' or lower(email) like :pattern escape '!'"
			+ " order by name, id limit :limit")
	List<Person> findMatching(String pattern, int limit);

	@Query("select count(*) from person where lower(name) like :pattern escape '!' or lower(email) like :pattern escape '!'")
	long countMatching(String pattern);

	@Query("select email from person where role <> 'VIEWER' and status = 'ACTIVE' order by email")
	List<String> findEmailsOfParticipants();

	@Query("select id from person where role = 'CHAMPION' order by id")
	List<java.util.UUID> findChampionIds();

	@Query("select count(*) from person where role <> 'VIEWER' and status = 'ACTIVE'")
	long countParticipants();

	@Query("select id from person where status = 'ACTIVE'")
	List<java.util.UUID> findActiveIds();

	@Query("select * from person where email like :pattern escape '!' order by email limit 2")
	List<Person> findByEmailLike(String pattern);

	@Query("select status, count(*) as people from person group by status")
	List<StatusCount> countByStatus();

	/** How many people have a status. */
	record StatusCount(PersonStatus status, long people) {
	}

	@Query("select status from person where email = :email")
	java.util.Optional<PersonStatus> findStatusByEmail(String email);

}
