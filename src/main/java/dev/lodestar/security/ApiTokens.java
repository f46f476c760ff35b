package dev.lodestar.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
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

	private final JdbcClient jdbc;

	ApiTokens(ApiTokenRepository tokens, JdbcAggregateTemplate aggregates, JdbcClient jdbc, Clock clock) {
		this.tokens = tokens;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new token for a person, of a scope ({@code null}: write) and with an optional
	 * expiry; the secret in the answer is never shown again.
	 */
	public ApiToken.Issued issue(PersonId person, String name, TokenScope scope, Instant expiresAt) {
		ApiToken.Issued issued = ApiToken.issue(person, name, scope, expiresAt, this.clock.instant());
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
	 * Whether a token no longer works now.
	 */
	public boolean expired(ApiToken token) {
		return token.expiredAt(this.clock.instant());
	}

	/**
	 * The person a presented token acts for, if it is one of ours, as an {@link Actor}
	 * read afresh with the token's scope and whether it expired: the token, the person's
	 * role and the teams they lead in one statement, outside a transaction, since an API
	 * call with a token is authenticated on every request.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	Optional<Bearer> authenticate(String presented) {
		if (presented == null || !presented.startsWith(ApiToken.PREFIX)) {
			return Optional.empty();
		}
		List<PersonLead> rows = this.jdbc
			.sql("""
					select p.id, p.role, t.scope, t.expires_at, m.team_id from api_token t join person p on p.id = t.person_id
					left join team_member m on m.person_id = p.id and m.lead
					where t.token_hash = ? and p.status = 'ACTIVE'""")
			.param(ApiToken.hash(presented))
			.query((row, number) -> new PersonLead(new PersonId(row.getObject("id", UUID.class)),
					Role.valueOf(row.getString("role")), TokenScope.valueOf(row.getString("scope")),
					instant(row.getTimestamp("expires_at")), row.getObject("team_id", UUID.class)))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<TeamId> led = new HashSet<>();
		rows.stream().filter((row) -> row.team() != null).forEach((row) -> led.add(new TeamId(row.team())));
		PersonLead first = rows.get(0);
		Instant expiresAt = first.expiresAt();
		return Optional.of(new Bearer(new Actor(first.person(), first.role(), led), first.scope(), expiresAt,
				expiresAt != null && !this.clock.instant().isBefore(expiresAt)));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A presented token of ours: whom it acts for, what it may do, and whether it
	 * expired.
	 */
	record Bearer(Actor actor, TokenScope scope, Instant expiresAt, boolean expired) {
	}

	private record PersonLead(PersonId person, Role role, TokenScope scope, Instant expiresAt, UUID team) {
	}

}
