package dev.lodestar.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, ApiTokenId> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByPersonIdOrderByCreatedAt(dev.lodestar.organization.PersonId personId);

}
