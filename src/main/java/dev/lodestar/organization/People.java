package dev.lodestar.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;
import dev.lodestar.shared.TooManyAttemptsException;

/**
 * The people of the organisation: adding them (admins), changing them (admins, or a
 * person their own name, email and password), and turning a signed-in person into the
 * {@link Actor} the rules ask.
 */
@Service
@Transactional
public class People {

	private final PersonRepository persons;

	private final Memberships memberships;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final TransactionTemplate serializable;

	private final TransactionTemplate transactions;

	private final PasswordAttempts attempts;

	private final ApplicationEventPublisher events;

	private final TeamRepository teams;

	private final ReentrantLock firstAdmin = new ReentrantLock();

	People(PersonRepository persons, Memberships memberships, PasswordEncoder passwords, Clock clock,
			PlatformTransactionManager transactions, PasswordAttempts attempts, ApplicationEventPublisher events,
			TeamRepository teams) {
		this.persons = persons;
		this.teams = teams;
		this.memberships = memberships;
		this.passwords = passwords;
		this.clock = clock;
		this.serializable = new TransactionTemplate(transactions);
		this.serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
		this.transactions = new TransactionTemplate(transactions);
		this.attempts = attempts;
		this.events = events;
	}

	public PersonView create(Actor actor, NewPerson input) {
		actor.require(actor.isAdmin(), "add people");
		return view(register(input));
	}

	/**
	 * Adds a person without asking who does it: for the first admin and for demo data.
	 */
	public Person register(NewPerson input) {
		FieldErrors errors = new FieldErrors();
		String hash = (input.password() != null) ? hash(errors, input.password(), input.email()) : null;
		Person person = errors
			.collect(() -> Person.create(input.name(), input.email(), input.role(), hash, this.clock.instant()));
		errors.throwIfAny();
		requireUnusedEmail(person.email(), null);
		return this.persons.save(person);
	}

	/**
	 * Adds the first admin of a new installation, refusing with a conflict once anyone
	 * exists. Two people setting up at once cannot both succeed: the check and the insert
	 * share one serializable transaction (which PostgreSQL enforces across instances),
	 * and this instance lets one of them in at a time (which covers H2, whose file one
	 * instance owns).
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Person registerFirstAdmin(String name, String email, String password) {
		this.firstAdmin.lock();
		try {
			return this.serializable.execute((status) -> {
				if (this.persons.count() > 0) {
					throw new ConflictException("Lodestar is set up already; sign in instead.");
				}
				return register(new NewPerson(name, email, Role.ADMIN, password));
			});
		}
		finally {
			this.firstAdmin.unlock();
		}
	}

	/**
	 * Adds a person who is invited: no password, status invited, in the given teams (as
	 * members). Who may invite is for the caller to ask; a bad name, email, role or team
	 * is a 400 naming the field, and nothing is stored.
	 */
	public Person registerInvited(String name, String email, Role role, Collection<TeamId> teamIds) {
		Person person = Person.create(name, email, role, null, PersonStatus.INVITED, this.clock.instant());
		requireUnusedEmail(person.email(), null);
		Set<TeamId> teams = (teamIds != null) ? Set.copyOf(teamIds) : Set.of();
		if (!teams.isEmpty() && this.teams.countByIdIn(teams.stream().map(TeamId::value).toList()) != teams.size()) {
			throw InvalidInputException.of("teamIds", "names a team that does not exist");
		}
		Person saved = this.persons.save(person);
		teams.forEach((team) -> this.memberships.put(team, saved.id(), false));
		return saved;
	}

	/**
	 * Makes an invited person active with the name and password they chose through their
	 * invitation's link, ending anything else opened in their name
	 * ({@link PasswordChanged}). A person who is not invited any more is a conflict.
	 */
	public Person activateInvited(PersonId id, String name, String password) {
		Person current = get(id);
		if (current.status() != PersonStatus.INVITED) {
			throw new ConflictException("This person is not waiting for an invitation any more.");
		}
		FieldErrors errors = new FieldErrors();
		Person named = errors.collect(() -> current.withName(name));
		String hash = hash(errors, password, current.email());
		errors.throwIfAny();
		Person saved = this.persons.save(named.withPasswordHash(hash).withStatus(PersonStatus.ACTIVE));
		this.events.publishEvent(new PasswordChanged(id, Set.of(saved.email())));
		return saved;
	}

	/**
	 * Those of some people who are still invited, in a few queries (a thousand ids each):
	 * for inviting the people an import created.
	 */
	@Transactional(readOnly = true)
	public List<Person> invitedAmong(Collection<PersonId> ids) {
		List<PersonId> all = List.copyOf(Set.copyOf(ids));
		List<Person> invited = new java.util.ArrayList<>();
		for (int from = 0; from < all.size(); from += 1000) {
			this.persons.findAllById(all.subList(from, Math.min(all.size(), from + 1000)))
				.stream()
				.filter((person) -> person.status() == PersonStatus.INVITED)
				.forEach(invited::add);
		}
		return invited;
	}

	/**
	 * How many people have each status, in one query: for the people page, the setup
	 * wizard and the readiness of a cycle.
	 */
	@Transactional(readOnly = true)
	public Map<PersonStatus, Long> countsByStatus() {
		Map<PersonStatus, Long> counts = new java.util.EnumMap<>(PersonStatus.class);
		for (PersonStatus status : PersonStatus.values()) {
			counts.put(status, 0L);
		}
		this.persons.countByStatus().forEach((row) -> counts.put(row.status(), row.people()));
		return counts;
	}

	@Transactional(readOnly = true)
	public PersonView view(PersonId id) {
		return view(get(id));
	}

	@Transactional(readOnly = true)
	public Person get(PersonId id) {
		return this.persons.findById(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	@Transactional(readOnly = true)
	public Optional<Person> findByEmail(String email) {
		return (email != null) ? this.persons.findByEmail(email.strip().toLowerCase(Locale.ROOT)) : Optional.empty();
	}

	/**
	 * The names of some people, in one query; ids of people who are gone are left out.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, String> names(Collection<PersonId> ids) {
		Map<PersonId, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.persons.findAllById(ids).forEach((person) -> names.put(person.id(), person.name()));
		}
		return names;
	}

	/**
	 * The email addresses of some people, in one query; ids of people who are gone are
	 * left out.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, String> emails(Collection<PersonId> ids) {
		Map<PersonId, String> emails = new HashMap<>();
		if (!ids.isEmpty()) {
			this.persons.findAllById(ids).forEach((person) -> emails.put(person.id(), person.email()));
		}
		return emails;
	}

	/**
	 * The addresses of every active person who takes part in the program (every role but
	 * viewer), in one query: for a mail to the whole organisation.
	 */
	@Transactional(readOnly = true)
	public List<String> participantEmails() {
		return this.persons.findEmailsOfParticipants();
	}

	/**
	 * The champions, in one query: who looks after the program when no team lead is the
	 * one to ask.
	 */
	@Transactional(readOnly = true)
	public List<PersonId> champions() {
		return this.persons.findChampionIds().stream().map(PersonId::new).toList();
	}

	/**
	 * How many people take part in the program: every active person but viewers.
	 */
	@Transactional(readOnly = true)
	public int participantCount() {
		return (int) this.persons.countParticipants();
	}

	/**
	 * The ids of every active person, in one query: whom the readiness of a cycle asks
	 * the training about.
	 */
	@Transactional(readOnly = true)
	public List<PersonId> activeIds() {
		return this.persons.findActiveIds().stream().map(PersonId::new).toList();
	}

	/**
	 * Everyone's name, ordered by name, in one query: for choosing a person, such as the
	 * owner of a key result.
	 */
	@Transactional(readOnly = true)
	public Map<PersonId, String> everyone() {
		Map<PersonId, String> names = new LinkedHashMap<>();
		this.persons.findPage(Integer.MAX_VALUE, 0).forEach((person) -> names.put(person.id(), person.name()));
		return names;
	}

	/**
	 * The people a mention's handle may name: the person with that whole email address,
	 * or the people whose address starts with it followed by {@code @}. At most two are
	 * looked for: one is the person named, two mean the handle is ambiguous.
	 */
	@Transactional(readOnly = true)
	public List<Person> byHandle(String handle) {
		String clean = handle.strip().toLowerCase(Locale.ROOT);
		if (clean.contains("@")) {
			return this.persons.findByEmail(clean).stream().toList();
		}
		return this.persons.findByEmailLike(clean.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "@%");
	}

	@Transactional(readOnly = true)
	public boolean exists(PersonId id) {
		return this.persons.existsById(id);
	}

	@Transactional(readOnly = true)
	public boolean anyExists() {
		return this.persons.count() > 0;
	}

	@Transactional(readOnly = true)
	public ResultPage<PersonView> list(Paging paging) {
		return views(this.persons.findPage(paging.limit(), paging.offset()), this.persons.count());
	}

	/**
	 * The people whose name or email contains some words, ignoring case, by name: at most
	 * {@code limit}, with how many match in all. Two queries and the memberships' however
	 * many people there are.
	 */
	@Transactional(readOnly = true)
	public ResultPage<PersonView> matching(String words, int limit) {
		String like = Teams.containing(words.toLowerCase(Locale.ROOT));
		return views(this.persons.findMatching(like, limit), this.persons.countMatching(like));
	}

	private ResultPage<PersonView> views(List<Person> page, long total) {
		Map<PersonId, List<TeamId>> teams = this.memberships.ofPeople(page.stream().map(Person::id).toList());
		return new ResultPage<>(page.stream().map((person) -> new PersonView(person, teams.get(person.id()))).toList(),
				total);
	}

	/**
	 * The rules' view of a person: their role and the teams they lead.
	 */
	@Transactional(readOnly = true)
	public Actor actorOf(PersonId id) {
		Person person = get(id);
		return new Actor(person.id(), person.role(), this.memberships.ledBy(id));
	}

	/**
	 * Changes a person. A person who changes their own email or password confirms it with
	 * their current password, counted like a sign-in attempt (so it is checked before the
	 * change's transaction begins); a new password ends the person's other sessions and
	 * revokes their tokens ({@link PasswordChanged}).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PersonView update(Actor actor, PersonId id, Long expectedVersion, PersonChanges changes) {
		if (actor.is(id) && (changes.email() != null || changes.password() != null)) {
			if (changes.currentPassword() == null || changes.currentPassword().isEmpty()) {
				throw InvalidInputException.of("currentPassword", "is required to change your email or password");
			}
			if (!confirmsPassword(id, changes.currentPassword())) {
				throw new ForbiddenException("The current password is not right.");
			}
		}
		return this.transactions.execute((status) -> apply(actor, id, expectedVersion, changes));
	}

	/**
	 * Whether a password is the person's own, checked as a counted sign-in attempt.
	 * @throws TooManyAttemptsException after too many wrong passwords for the person or
	 * from the client lately
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean confirmsPassword(PersonId id, String password) {
		Person person = get(id);
		return this.attempts.check(person.email(), () -> passwordMatches(person, password));
	}

	/**
	 * Gives a person a new password through a reset link mailed to them: the link stands
	 * for the current password. The password keeps the rules (refused under the field
	 * {@code password}); what the old password opened closes ({@link PasswordChanged}),
	 * all in the caller's transaction.
	 */
	public void resetPassword(PersonId id, String password) {
		Person person = get(id);
		FieldErrors errors = new FieldErrors();
		String hash = hash(errors, (password != null) ? password : "", person.email());
		errors.throwIfAny();
		this.persons.save(person.withPasswordHash(hash));
		this.events.publishEvent(new PasswordChanged(id, Set.of(person.email())));
	}

	private PersonView apply(Actor actor, PersonId id, Long expectedVersion, PersonChanges changes) {
		Person current = get(id);
		actor.require(actor.isAdmin() || (actor.is(id) && changes.role() == null && changes.status() == null),
				"change this person");
		StaleVersionException.check("person", expectedVersion, current.version());
		FieldErrors errors = new FieldErrors();
		Person person = (changes.email() != null) ? errors.collect(() -> current.withEmail(changes.email())) : current;
		String email = (person != null) ? person.email() : current.email();
		String hash = (changes.password() != null) ? hash(errors, changes.password(), email) : null;
		errors.throwIfAny();
		if (hash != null) {
			person = person.withPasswordHash(hash);
		}
		if (changes.name() != null) {
			person = person.withName(changes.name());
		}
		if (changes.email() != null) {
			requireUnusedEmail(person.email(), id);
		}
		if (changes.role() != null && changes.role() != person.role()) {
			if (person.role() == Role.ADMIN) {
				requireAnotherAdmin(id);
			}
			person = person.withRole(changes.role());
		}
		if (changes.status() != null && changes.status() != person.status()) {
			person = person.withStatus(newStatus(actor, current, changes.status()));
		}
		Person saved = this.persons.save(person);
		if (saved.status() == PersonStatus.DEACTIVATED && current.status() != PersonStatus.DEACTIVATED) {
			this.events.publishEvent(new PersonDeactivated(id, saved.email()));
		}
		if (changes.password() != null) {
			this.events.publishEvent(new PasswordChanged(id, Set.copyOf(List.of(current.email(), saved.email()))));
		}
		return view(saved);
	}

	/**
	 * The status an admin may give: deactivated (never themselves, never the last active
	 * admin) or active again. Invited is given only by an invitation; a person who was
	 * invited becomes active by accepting it, or by an admin who activates them.
	 */
	private PersonStatus newStatus(Actor actor, Person person, PersonStatus status) {
		if (status == PersonStatus.INVITED) {
			throw InvalidInputException.of("status",
					"may be set to active or deactivated; a person is invited with an invitation");
		}
		if (status == PersonStatus.DEACTIVATED) {
			if (actor.is(person.id())) {
				throw new ConflictException("You cannot deactivate yourself; ask another admin.");
			}
			if (person.role() == Role.ADMIN) {
				requireAnotherAdmin(person.id());
			}
		}
		return status;
	}

	/**
	 * Whether mail may go to an address: not when it belongs to a deactivated person.
	 * Addresses of nobody in Lodestar (an invitation being sent) receive mail.
	 */
	@Transactional(readOnly = true)
	public boolean receivesMail(String email) {
		return (email == null) || this.persons.findStatusByEmail(email.strip().toLowerCase(Locale.ROOT))
			.map((status) -> status != PersonStatus.DEACTIVATED)
			.orElse(true);
	}

	public void delete(Actor actor, PersonId id, Long expectedVersion) {
		actor.require(actor.isAdmin(), "remove people");
		Person person = get(id);
		StaleVersionException.check("person", expectedVersion, person.version());
		if (person.role() == Role.ADMIN) {
			requireAnotherAdmin(id);
		}
		try {
			this.persons.delete(person);
		}
		catch (DataAccessException ex) {
			throw Teams.whenStillReferenced(ex, "They still own key results; give those to someone else first.");
		}
	}

	/**
	 * Whether a password matches the person's; a person without a password never matches.
	 */
	@Transactional(readOnly = true)
	public boolean passwordMatches(Person person, String password) {
		return person.passwordHash() != null && this.passwords.matches(password, person.passwordHash());
	}

	private PersonView view(Person person) {
		return new PersonView(person, this.memberships.ofPeople(List.of(person.id())).get(person.id()));
	}

	private String hash(FieldErrors errors, String password, String email) {
		return PasswordRules.check(errors, "password", password, email) ? this.passwords.encode(password) : null;
	}

	private void requireUnusedEmail(String email, PersonId owner) {
		this.persons.findByEmail(email).filter((other) -> !other.id().equals(owner)).ifPresent((other) -> {
			throw InvalidInputException.of("email", "is already used by another person");
		});
	}

	private void requireAnotherAdmin(PersonId leaving) {
		if (!this.persons.existsByRoleAndStatusAndIdNot(Role.ADMIN, PersonStatus.ACTIVE, leaving)) {
			throw new ConflictException("Lodestar needs at least one admin; make someone else an active admin first.");
		}
	}

	/**
	 * What it takes to add a person; the password is optional.
	 */
	public record NewPerson(String name, String email, Role role, String password) {
	}

	/**
	 * A partial change of a person: a {@code null} component leaves that attribute as it
	 * is. {@code currentPassword} confirms a change of one's own email or password.
	 */
	public record PersonChanges(String name, String email, Role role, String password, String currentPassword,
			PersonStatus status) {

		public PersonChanges(String name, String email, Role role, String password, String currentPassword) {
			this(name, email, role, password, currentPassword, null);
		}

		/** A change that leaves the email and password as they are. */
		public PersonChanges(String name, Role role) {
			this(name, null, role, null, null);
		}

		/** A change of the status alone. */
		public static PersonChanges status(PersonStatus status) {
			return new PersonChanges(null, null, null, null, null, status);
		}

	}

}
