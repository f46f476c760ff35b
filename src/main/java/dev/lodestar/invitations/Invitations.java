package dev.lodestar.invitations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.mail.Mail;
import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonDeactivated;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.LinkSecret;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Invitations: made, mailed, resent, revoked and accepted. Admins invite anyone;
 * champions invite members and viewers, and resend or revoke only their invitations. A
 * person has at most one invitation whose link works: inviting them again or resending
 * replaces the link, so an older one opens nothing.
 */
@Service
@Transactional
public class Invitations {

	/** How long an invitation's link works. */
	public static final Duration VALID_FOR = Duration.ofDays(7);

	private static final String SELECT = """
			select i.id, i.person_id, p.email, i.status, i.invited_by, i.created_at, i.sent_at, i.expires_at,
			       i.accepted_at, p.name, p.role, b.name as invited_by_name
			from invitation i
			join person p on p.id = i.person_id
			left join person b on b.id = i.invited_by
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final People people;

	private final Outbox outbox;

	private final Clock clock;

	private final String baseUrl;

	private final Program program;

	Invitations(JdbcClient jdbc, NamedParameterJdbcTemplate batch, People people, Outbox outbox, Clock clock,
			@Value("${lodestar.base-url}") String baseUrl, Program program) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.people = people;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.program = program;
	}

	/**
	 * Invites a person by email: a new person with the status invited (and the teams
	 * given), or a person who is invited already, whose older link stops working. A
	 * person who is active or deactivated is a conflict naming {@code email}.
	 */
	public Invitation invite(Actor actor, NewInvitation input) {
		return inviteAndLink(actor, input).invitation();
	}

	/**
	 * Invites like {@link #invite}, and answers the invitation's link too while mail is
	 * off, so that the person who invited can hand it over themselves.
	 */
	public Sent inviteAndLink(Actor actor, NewInvitation input) {
		actor.require(actor.runsProgram(), "invite people");
		requireMayInvite(actor, input.role());
		Optional<Person> existing = this.people.findByEmail(input.email());
		Person person;
		if (existing.isPresent()) {
			person = existing.get();
			if (person.status() != PersonStatus.INVITED) {
				String what = (person.status() == PersonStatus.ACTIVE) ? "has joined already"
						: "belongs to a deactivated person; activate them on the people page instead";
				throw new ConflictException(person.email() + " " + what + ".", List.of(new FieldError("email", what)));
			}
			requireMayInvite(actor, person.role());
			supersede(person.id());
		}
		else {
			person = this.people.registerInvited(input.name(), input.email(), input.role(), input.teamIds());
		}
		UUID id = UUID.randomUUID();
		LinkSecret secret = LinkSecret.create();
		Instant now = this.clock.instant();
		this.batch.update("""
				insert into invitation (id, person_id, email, secret_hash, status, invited_by, created_at, sent_at,
				                        expires_at)
				values (:id, :person, :email, :hash, 'PENDING', :by, :now, :now, :expires)""",
				row(id, person, secret.hash(), actor.personId(), now));
		mail(person.name(), person.email(), actor.personId(), secret, now.plus(VALID_FOR));
		return sent(get(actor, id), secret);
	}

	/**
	 * Invites people who exist already with the status invited (such as the people an
	 * import created), in the caller's transaction: one pending invitation and one mail
	 * each, in batched statements (a thousand people a query). People who are not invited
	 * any more are left alone; an invitation of theirs that is still pending is replaced.
	 * @return how many invitations were made
	 */
	public int inviteExisting(Actor actor, Collection<PersonId> people) {
		actor.require(actor.runsProgram(), "invite people");
		List<Person> invited = this.people.invitedAmong(people);
		if (!actor.isAdmin()) {
			invited.forEach((person) -> requireMayInvite(actor, person.role()));
		}
		if (invited.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<UUID> ids = invited.stream().map((person) -> person.id().value()).toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc
				.sql("update invitation set status = 'REVOKED', revoked_at = :now "
						+ "where status = 'PENDING' and person_id in (:people)")
				.param("now", Timestamp.from(now))
				.param("people", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.update();
		}
		String inviter = inviterName(actor.personId());
		String organisation = organisationName();
		List<MapSqlParameterSource> rows = new ArrayList<>(invited.size());
		List<Mail> mails = new ArrayList<>(invited.size());
		for (Person person : invited) {
			LinkSecret secret = LinkSecret.create();
			rows.add(row(UUID.randomUUID(), person, secret.hash(), actor.personId(), now));
			mails.add(InvitationMail.to(new InvitationMail.Invitee(person.name(), person.email()), inviter,
					organisation, this.baseUrl, secret.value(), now.plus(VALID_FOR)));
		}
		this.batch.batchUpdate("""
				insert into invitation (id, person_id, email, secret_hash, status, invited_by, created_at, sent_at,
				                        expires_at)
				values (:id, :person, :email, :hash, 'PENDING', :by, :now, :now, :expires)""",
				rows.toArray(MapSqlParameterSource[]::new));
		this.outbox.postAll(mails);
		return invited.size();
	}

	@Transactional(readOnly = true)
	public ResultPage<Invitation> list(Actor actor, InvitationStatus status, Paging paging) {
		actor.require(actor.runsProgram(), "see the invitations");
		Instant now = this.clock.instant();
		String where = switch (status) {
			case null -> "";
			case PENDING -> "where i.status = 'PENDING' and i.expires_at > :now";
			case EXPIRED -> "where i.status = 'PENDING' and i.expires_at <= :now";
			case ACCEPTED -> "where i.status = 'ACCEPTED'";
			case REVOKED -> "where i.status = 'REVOKED'";
		};
		List<Invitation> items = this.jdbc
			.sql(SELECT + where + " order by i.sent_at desc, i.id limit :limit offset :offset")
			.param("now", Timestamp.from(now))
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query((rs, row) -> read(rs, now))
			.list();
		long total = this.jdbc.sql("select count(*) from invitation i " + where)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return new ResultPage<>(items, total);
	}

	/** How many invitations stand at each status, in one query. */
	@Transactional(readOnly = true)
	public Map<InvitationStatus, Long> counts(Actor actor) {
		actor.require(actor.runsProgram(), "see the invitations");
		Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
		for (InvitationStatus status : InvitationStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc
			.sql("""
					select coalesce(sum(case when status = 'PENDING' and expires_at > :now then 1 else 0 end), 0) as pending,
					       coalesce(sum(case when status = 'PENDING' and expires_at <= :now then 1 else 0 end), 0) as expired,
					       coalesce(sum(case when status = 'ACCEPTED' then 1 else 0 end), 0) as accepted,
					       coalesce(sum(case when status = 'REVOKED' then 1 else 0 end), 0) as revoked
					from invitation""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> {
				for (InvitationStatus status : InvitationStatus.values()) {
					counts.put(status, rs.getLong(status.value()));
				}
				return null;
			})
			.list();
		return counts;
	}

	/** How many invitations wait for an answer and still work. */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return this.jdbc.sql("select count(*) from invitation where status = 'PENDING' and expires_at > :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Invitation get(Actor actor, UUID id) {
		actor.require(actor.runsProgram(), "see the invitations");
		return find(id).orElseThrow(() -> new NotFoundException("invitation", id));
	}

	/**
	 * Mails a new link, valid seven days from now; the old link stops working. An
	 * accepted or revoked invitation is a conflict.
	 */
	public Invitation resend(Actor actor, UUID id) {
		return resendAndLink(actor, id).invitation();
	}

	/**
	 * Resends like {@link #resend}, and answers the new link too while mail is off.
	 */
	public Sent resendAndLink(Actor actor, UUID id) {
		Invitation invitation = get(actor, id);
		requireMayInvite(actor, invitation.role());
		if (invitation.status() == InvitationStatus.ACCEPTED) {
			throw new ConflictException("This invitation was accepted; " + invitation.name() + " is in already.");
		}
		if (invitation.status() == InvitationStatus.REVOKED) {
			throw new ConflictException(
					"This invitation was revoked or replaced; invite " + invitation.email() + " again instead.");
		}
		LinkSecret secret = LinkSecret.create();
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				update invitation set secret_hash = :hash, sent_at = :now, expires_at = :expires, email = :email
				where id = :id and status = 'PENDING'""")
			.param("hash", secret.hash())
			.param("email", invitation.email())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALID_FOR)))
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new ConflictException("This invitation was answered or revoked meanwhile.");
		}
		mail(invitation.name(), invitation.email(), actor.personId(), secret, now.plus(VALID_FOR));
		return sent(get(actor, id), secret);
	}

	/** Whether invitations go out by mail (no SMTP server is configured otherwise). */
	public boolean mailed() {
		return this.outbox.sends();
	}

	private Sent sent(Invitation invitation, LinkSecret secret) {
		return new Sent(invitation, this.outbox.sends() ? null : link(secret.value()));
	}

	private String link(String secret) {
		return this.baseUrl + "/invitations/" + secret;
	}

	/**
	 * Withdraws an invitation: its link stops working; the person stays invited (and can
	 * be invited again or removed). Revoking a revoked invitation changes nothing; an
	 * accepted one is a conflict.
	 */
	public void revoke(Actor actor, UUID id) {
		Invitation invitation = get(actor, id);
		requireMayInvite(actor, invitation.role());
		if (invitation.status() == InvitationStatus.ACCEPTED) {
			throw new ConflictException(
					"This invitation was accepted; deactivate " + invitation.name() + " on the people page instead.");
		}
		this.jdbc
			.sql("update invitation set status = 'REVOKED', revoked_at = :now where id = :id and status = 'PENDING'")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/**
	 * A person deactivated before they joined: their invitations that wait are revoked.
	 */
	@EventListener
	void revokeWhatWaitsFor(PersonDeactivated deactivated) {
		this.jdbc.sql(
				"update invitation set status = 'REVOKED', revoked_at = :now where status = 'PENDING' and person_id = :person")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("person", deactivated.personId().value())
			.update();
	}

	/**
	 * The invitation a link opens, while it works.
	 * @throws InvitationLinkGone when it opens nothing (any more), saying why
	 */
	@Transactional(readOnly = true)
	public Invitation open(String secret) {
		if (!LinkSecret.wellFormed(secret)) {
			throw new InvitationLinkGone(InvitationLinkGone.Reason.UNKNOWN, null);
		}
		Instant now = this.clock.instant();
		Invitation invitation = this.jdbc.sql(SELECT + "where i.secret_hash = :hash")
			.param("hash", LinkSecret.hashOf(secret))
			.query((rs, row) -> read(rs, now))
			.optional()
			.orElseThrow(() -> new InvitationLinkGone(InvitationLinkGone.Reason.UNKNOWN, null));
		InvitationLinkGone.Reason reason = switch (invitation.status()) {
			case PENDING -> null;
			case ACCEPTED -> InvitationLinkGone.Reason.USED;
			case EXPIRED -> InvitationLinkGone.Reason.EXPIRED;
			case REVOKED -> InvitationLinkGone.Reason.REVOKED;
		};
		if (reason != null) {
			throw new InvitationLinkGone(reason, invitation.invitedByName());
		}
		if (this.people.get(invitation.personId()).status() != PersonStatus.INVITED) {
			// an admin activated or deactivated the person meanwhile: the link has
			// nothing left to do
			throw new InvitationLinkGone(InvitationLinkGone.Reason.REVOKED, invitation.invitedByName());
		}
		return invitation;
	}

	/**
	 * Accepts an invitation through its link: the person gets the name and password they
	 * chose and becomes active, and the invitation is accepted, together or not at all.
	 * Of two acceptances at once only one wins: the invitation is claimed by a
	 * conditional update before anything else changes.
	 * @throws InvitationLinkGone when the link opens nothing (any more)
	 * @throws dev.lodestar.shared.InvalidInputException for a bad name or password (and
	 * nothing changes)
	 */
	public Person accept(String secret, String name, String password) {
		Invitation invitation = open(secret);
		Instant now = this.clock.instant();
		int claimed = this.jdbc.sql("""
				update invitation set status = 'ACCEPTED', accepted_at = :now
				where id = :id and status = 'PENDING' and expires_at > :now and secret_hash = :hash""")
			.param("now", Timestamp.from(now))
			.param("id", invitation.id())
			.param("hash", LinkSecret.hashOf(secret))
			.update();
		if (claimed == 0) {
			throw new InvitationLinkGone(InvitationLinkGone.Reason.USED, invitation.invitedByName());
		}
		try {
			return this.people.activateInvited(invitation.personId(), name, password);
		}
		catch (ConflictException ex) {
			throw new InvitationLinkGone(InvitationLinkGone.Reason.USED, invitation.invitedByName());
		}
	}

	private Optional<Invitation> find(UUID id) {
		Instant now = this.clock.instant();
		return this.jdbc.sql(SELECT + "where i.id = :id").param("id", id).query((rs, row) -> read(rs, now)).optional();
	}

	/** Revokes the person's invitations that still wait: a newer one replaces them. */
	private void supersede(PersonId person) {
		this.jdbc.sql(
				"update invitation set status = 'REVOKED', revoked_at = :now where status = 'PENDING' and person_id = :person")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("person", person.value())
			.update();
	}

	private void mail(String name, String email, PersonId inviter, LinkSecret secret, Instant expiresAt) {
		this.outbox.post(InvitationMail.to(new InvitationMail.Invitee(name, email), inviterName(inviter),
				organisationName(), this.baseUrl, secret.value(), expiresAt));
	}

	/** The name the setup wizard or the settings gave the organisation, if any. */
	private String organisationName() {
		String name = this.program.settings().organisationName();
		return (name == null || name.isBlank()) ? "our organisation" : name;
	}

	private String inviterName(PersonId inviter) {
		return this.people.names(List.of(inviter)).get(inviter);
	}

	/** A champion invites members and viewers; an admin anyone. */
	private static void requireMayInvite(Actor actor, Role role) {
		if (!actor.isAdmin() && role != null && role != Role.MEMBER && role != Role.VIEWER) {
			actor.require(false, "invite " + role.value() + "s; a champion invites members and viewers");
		}
	}

	private static MapSqlParameterSource row(UUID id, Person person, String hash, PersonId by, Instant now) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("person", person.id().value())
			.addValue("email", person.email())
			.addValue("hash", hash)
			.addValue("by", by.value())
			.addValue("now", Timestamp.from(now))
			.addValue("expires", Timestamp.from(now.plus(VALID_FOR)));
	}

	private static Invitation read(ResultSet rs, Instant now) throws SQLException {
		Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
		InvitationStatus status = InvitationStatus.valueOf(rs.getString("status"));
		if (status == InvitationStatus.PENDING && !expiresAt.isAfter(now)) {
			status = InvitationStatus.EXPIRED;
		}
		UUID by = rs.getObject("invited_by", UUID.class);
		Timestamp accepted = rs.getTimestamp("accepted_at");
		return new Invitation(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				rs.getString("email"), rs.getString("name"), Role.valueOf(rs.getString("role")), status,
				(by != null) ? new PersonId(by) : null, rs.getString("invited_by_name"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("sent_at").toInstant(), expiresAt,
				(accepted != null) ? accepted.toInstant() : null);
	}

	/**
	 * What it takes to invite a person.
	 * @param teamIds the teams they join as a member; may be {@code null}
	 */
	/**
	 * An invitation just made or sent again, with its link while mail is off
	 * ({@code null} while mail takes it to the person).
	 */
	public record Sent(Invitation invitation, String link) {
	}

	public record NewInvitation(String email, String name, Role role, Collection<TeamId> teamIds) {
	}

}
