package dev.lodestar.security;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, ApiTokenId> {

	List<ApiToken> findByPersonIdOrderByCreatedAt(dev.lodestar.organization.PersonId personId);

}
