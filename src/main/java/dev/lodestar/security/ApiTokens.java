package dev.lodestar.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.NotFoundException;

/**
 * Issuing, listing, revoking and checking personal API tokens.
 */
@Service
@Transactional
public class ApiTokens {

	private final ApiTokenRepository tokens;

	private final JdbcAggregateTemplate aggregates;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, JdbcAggregateTemplate aggregates, Clock clock) {
		this.tokens = tokens;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	/**
	 * A new token for a person; the secret in the answer is never shown again.
	 */
	public ApiToken.Issued issue(PersonId person, String name) {
		ApiToken.Issued issued = ApiToken.issue(person, name, this.clock.instant());
		this.aggregates.insert(issued.token());
		return issued;
	}

	/**
	 * A person's tokens, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> of(PersonId person) {
		return this.tokens.findByPersonIdOrderByCreatedAt(person);
	}

	/**
	 * Revokes a token: one's own, or anyone's for an admin.
	 */
	public void revoke(Actor actor, ApiTokenId id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("token", id));
		actor.require(actor.is(token.personId()) || actor.isAdmin(), "revoke other people's tokens");
		this.tokens.delete(token);
	}

	/**
	 * The person a presented token acts for, if it is one of ours.
	 */
	@Transactional(readOnly = true)
	Optional<PersonId> authenticate(String presented) {
		if (presented == null || !presented.startsWith(ApiToken.PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(ApiToken.hash(presented)).map(ApiToken::personId);
	}

}
