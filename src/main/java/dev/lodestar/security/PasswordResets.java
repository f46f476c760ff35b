package dev.lodestar.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import dev.lodestar.jobs.Jobs;
import dev.lodestar.mail.Mail;
import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.LinkSecret;

/**
 * Password resets. Anyone may ask for a link for an email address; the answer is the same
 * whatever the address, and so is the work done while answering: the request is counted
 * ({@link PasswordResetThrottle}) and stored as a background job, which later finds out
 * whether an active person has that address and, if so, mails them a link. An admin may
 * send a link to any active person. A link is valid for an hour and once; a new link
 * replaces the person's unused ones. Using it sets the new password and ends every
 * session and API token of the person.
 */
@Service
@Transactional
public class PasswordResets {

	/** How long a link stays valid. */
	static final Duration VALIDITY = Duration.ofHours(1);

	/**
	 * No email is longer (RFC 5321): a longer "address" belongs to nobody, and is not
	 * stored in a job.
	 */
	private static final int MAX_EMAIL = 254;

	private final JdbcClient jdbc;

	private final People people;

	private final Outbox outbox;

	private final Jobs jobs;

	private final OneTimeTask<String> requestTask;

	private final PasswordResetThrottle throttle;

	private final Clock clock;

	private final String baseUrl;

	PasswordResets(JdbcClient jdbc, People people, Outbox outbox, Jobs jobs, OneTimeTask<String> passwordResetTask,
			PasswordResetThrottle throttle, Clock clock, @Value("${lodestar.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.people = people;
		this.outbox = outbox;
		this.jobs = jobs;
		this.requestTask = passwordResetTask;
		this.throttle = throttle;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Asks for a link for an email address, from a client address. Says nothing about the
	 * address: a link is mailed later, and only if an active person has it and it was not
	 * asked for too often lately.
	 * @throws dev.lodestar.shared.TooManyAttemptsException when the client asked too
	 * often lately
	 */
	public void request(String email, String client) {
		if (this.throttle.admit(email, client) && email.length() <= MAX_EMAIL) {
			this.jobs.schedule(this.requestTask.instance(UUID.randomUUID().toString(), email.strip()),
					this.clock.instant());
		}
	}

	/**
	 * An admin sends a link to a person.
	 * @throws ConflictException when the person is not active
	 */
	public Person sendByAdmin(Actor actor, PersonId id) {
		actor.require(actor.isAdmin(), "send password reset links");
		Person person = this.people.get(id);
		if (person.status() != PersonStatus.ACTIVE) {
			throw new ConflictException("Only an active person can reset their password; this person is "
					+ person.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
		}
		send(person, true);
		return person;
	}

	/**
	 * The background half of {@link #request}: mails a link if an active person has the
	 * address.
	 */
	void sendIfActive(String email) {
		this.people.findByEmail(email)
			.filter((person) -> person.status() == PersonStatus.ACTIVE)
			.ifPresent((person) -> send(person, false));
	}

	/**
	 * The person a link would reset the password of, while it is valid: well formed,
	 * known, unused, not expired, and the person still active.
	 */
	@Transactional(readOnly = true)
	public Optional<Person> whoseLink(String secret) {
		return valid(secret).map(Link::personId).map(this.people::get).filter(Person::active);
	}

	/**
	 * Uses a link: sets the new password and ends every session and API token of the
	 * person, or changes nothing. Of two uses at the same moment only one wins: the link
	 * is marked used by an update that only an unused link passes, and the loser waits
	 * for the winner's lock and then finds it used.
	 * @throws LinkRefusedException when the link is not (or no longer) valid
	 * @throws dev.lodestar.shared.InvalidInputException when the password breaks a rule
	 * (field {@code password}); the link stays unused
	 */
	public PersonId use(String secret, String password) {
		Link link = valid(secret).orElseThrow(LinkRefusedException::new);
		int claimed = this.jdbc.sql("update password_reset set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(this.clock.instant()), link.id())
			.update();
		if (claimed == 0) {
			throw new LinkRefusedException();
		}
		Person person = this.people.get(link.personId());
		if (person.status() != PersonStatus.ACTIVE) {
			throw new LinkRefusedException();
		}
		this.people.resetPassword(person.id(), password);
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(person.email()).update();
		this.jdbc.sql("delete from api_token where person_id = ?").param(person.id().value()).update();
		return person.id();
	}

	private Optional<Link> valid(String secret) {
		if (!LinkSecret.wellFormed(secret)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id, person_id, expires_at, used_at from password_reset where secret_hash = ?")
			.param(LinkSecret.hashOf(secret))
			.query((row, number) -> new Link(row.getObject("id", UUID.class),
					new PersonId(row.getObject("person_id", UUID.class)), row.getTimestamp("expires_at").toInstant(),
					row.getTimestamp("used_at") != null))
			.optional()
			.filter((link) -> !link.used() && link.expiresAt().isAfter(this.clock.instant()));
	}

	private void send(Person person, boolean byAdmin) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from password_reset where (person_id = ? and used_at is null) or expires_at < ?")
			.params(person.id().value(), Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		LinkSecret secret = LinkSecret.create();
		this.jdbc.sql("""
				insert into password_reset (id, person_id, secret_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), person.id().value(), secret.hash(), Timestamp.from(now),
					Timestamp.from(now.plus(VALIDITY)))
			.update();
		this.outbox.post(mail(person, this.baseUrl + "/password-reset/" + secret.value(), byAdmin));
	}

	private static Mail mail(Person person, String link, boolean byAdmin) {
		String why = byAdmin ? "An admin of Lodestar sent you a link to choose a new password."
				: "Someone (we hope you) asked to reset the password of your Lodestar account.";
		String text = "Hello " + person.name() + ",\n\n" + why + "\n\nChoose a new password here, within the hour: "
				+ link + "\n\nThe link works once. Using it signs you out everywhere and ends your API tokens. "
				+ "If you did not ask for it, ignore this mail: your password stays as it is.\n";
		String html = "<p>Hello " + HtmlUtils.htmlEscape(person.name()) + ",</p><p>" + why + "</p><p><a href=\""
				+ HtmlUtils.htmlEscape(link) + "\">Choose a new password</a> (within the hour).</p>"
				+ "<p>The link works once. Using it signs you out everywhere and ends your API tokens. "
				+ "If you did not ask for it, ignore this mail: your password stays as it is.</p>";
		return new Mail(person.email(), "Reset your Lodestar password", text, html);
	}

	private record Link(UUID id, PersonId personId, Instant expiresAt, boolean used) {
	}

	/**
	 * A reset link that is forged, malformed, expired, used, replaced, or of a person who
	 * is no longer active.
	 */
	public static class LinkRefusedException extends RuntimeException {

		LinkRefusedException() {
			super("This password reset link is not valid any more.");
		}

	}

}
