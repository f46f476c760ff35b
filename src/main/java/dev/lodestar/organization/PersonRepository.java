package dev.lodestar.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, PersonId> {

	Optional<Person> findByEmail(String email);

	boolean existsByRoleAndIdNot(Role role, PersonId id);

	@Query("select * from person order by name, id limit :limit offset :offset")
	List<Person> findPage(int limit, long offset);

	@Query("select email from person where role <> 'VIEWER' order by email")
	List<String> findEmailsOfParticipants();

	@Query("select count(*) from person where role <> 'VIEWER'")
	long countParticipants();

	@Query("select * from person where email like :pattern escape '!' order by email limit 2")
	List<Person> findByEmailLike(String pattern);

}
