package dev.lodestar.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.lodestar.imports.ImportReport.Action;
import dev.lodestar.imports.ImportReport.Row;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.Roster.Membership;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;

/**
 * What an import file does to the organisation as it is: worked out row by row in memory,
 * from everyone, every team and every membership read at once, so the work grows with the
 * rows but the queries do not. Team names match ignoring case. The changes are collected
 * for {@link dev.lodestar.organization.Roster} to write in batches.
 */
final class ImportPlan {

	static final int EMAIL_MAX = 254;

	private static final int SHOWN_MAX = 80;

	private static final Pattern EMAIL = Pattern
		.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

	private final Actor actor;

	private final Instant now;

	private final Map<String, Person> people = new HashMap<>();

	private final Map<String, List<Team>> teamsByName = new HashMap<>();

	private final Map<TeamId, TeamId> parents = new HashMap<>();

	private final Map<MembershipKey, Boolean> leads = new HashMap<>();

	private final Map<String, Person> createdPeople = new LinkedHashMap<>();

	private final Map<PersonId, Person> changedPeople = new LinkedHashMap<>();

	private final Map<TeamId, Team> createdTeams = new LinkedHashMap<>();

	private final Map<TeamId, TeamId> movedTeams = new LinkedHashMap<>();

	private final Map<MembershipKey, Boolean> addedMemberships = new LinkedHashMap<>();

	private final Map<MembershipKey, Boolean> changedLeads = new LinkedHashMap<>();

	private final Map<String, FirstRow> firstRows = new HashMap<>();

	private final Map<String, ParentGiven> parentsGiven = new HashMap<>();

	private final List<Row> rows = new ArrayList<>();

	ImportPlan(Actor actor, Instant now, List<Person> people, List<Team> teams, List<Membership> memberships) {
		this.actor = actor;
		this.now = now;
		people.forEach((person) -> this.people.put(person.email(), person));
		for (Team team : teams) {
			this.teamsByName.computeIfAbsent(key(team.name()), (name) -> new ArrayList<>(1)).add(team);
			if (team.parentId() != null) {
				this.parents.put(team.id(), team.parentId());
			}
		}
		memberships.forEach((membership) -> this.leads
			.put(new MembershipKey(membership.teamId(), membership.personId()), membership.lead()));
	}

	ImportPlan add(List<ImportFile.Line> lines) {
		lines.forEach(this::add);
		return this;
	}

	ImportReport report() {
		return ImportReport.of(this.rows, this.createdPeople.values().stream().map(Person::id).toList());
	}

	List<Person> createdPeople() {
		return List.copyOf(this.createdPeople.values());
	}

	List<Person> changedPeople() {
		return List.copyOf(this.changedPeople.values());
	}

	List<Team> createdTeams() {
		return List.copyOf(this.createdTeams.values());
	}

	/** Every team whose parent changes, new teams included, with its new parent. */
	List<Team> movedTeams() {
		return this.movedTeams.entrySet()
			.stream()
			.map((moved) -> new Team(moved.getKey(), null, moved.getValue(), null, null))
			.toList();
	}

	List<Membership> addedMemberships() {
		return this.addedMemberships.entrySet()
			.stream()
			.map((added) -> new Membership(added.getKey().team(), added.getKey().person(), added.getValue()))
			.toList();
	}

	List<Membership> changedLeads() {
		return this.changedLeads.entrySet()
			.stream()
			.map((changed) -> new Membership(changed.getKey().team(), changed.getKey().person(), changed.getValue()))
			.toList();
	}

	private void add(ImportFile.Line line) {
		List<String> errors = new ArrayList<>();
		String email = email(errors, line.email());
		String name = title(errors, "name", line.name(), true);
		Role role = role(errors, line.role());
		String team = title(errors, "team", line.team(), false);
		String parentTeam = title(errors, "parentTeam", line.parentTeam(), false);
		Boolean lead = lead(errors, line.lead());
		if (!line.parentTeam().isEmpty() && line.team().isEmpty()) {
			errors.add("parentTeam needs a team in the same row");
		}
		if (Boolean.TRUE.equals(lead) && line.team().isEmpty()) {
			errors.add("lead needs a team in the same row");
		}
		if (team != null && parentTeam != null && key(team).equals(key(parentTeam))) {
			errors.add("team \"" + shown(team) + "\" cannot be its own parent");
		}
		if (email != null && name != null && errors.isEmpty()) {
			checkAgainstFirstRow(errors, line.number(), email, name, role, team);
		}
		Team existingTeam = (team != null) ? existingTeam(errors, "team", team) : null;
		Team existingParent = (parentTeam != null) ? existingTeam(errors, "parentTeam", parentTeam) : null;
		if (team != null && parentTeam != null && errors.isEmpty()) {
			ParentGiven given = this.parentsGiven.get(key(team));
			if (given != null && !given.parentKey().equals(key(parentTeam))) {
				errors.add("team \"" + shown(team) + "\" is given the parent \"" + shown(given.parent()) + "\" on line "
						+ given.line() + "; a team has one parent");
			}
		}
		Person existing = (email != null) ? this.people.get(email) : null;
		if (existing != null && this.actor.is(existing.id()) && role != null && role != existing.role()) {
			errors.add("role: you cannot change your own role in an import; ask another admin");
		}
		TeamId teamId = (existingTeam != null) ? existingTeam.id() : (team != null) ? TeamId.random() : null;
		TeamId parentId = (existingParent != null) ? existingParent.id()
				: (parentTeam != null) ? TeamId.random() : null;
		if (parentId != null && teamId != null && errors.isEmpty() && isAncestor(teamId, parentId)) {
			errors.add("team \"" + shown(team) + "\" would become its own ancestor under \"" + shown(parentTeam)
					+ "\", which is already below it");
		}
		if (!errors.isEmpty()) {
			this.rows.add(row(line, Action.ERROR, errors));
			return;
		}
		boolean changed = false;
		if (existingTeam == null && team != null) {
			createTeam(teamId, team);
			changed = true;
		}
		if (existingParent == null && parentTeam != null) {
			createTeam(parentId, parentTeam);
			changed = true;
		}
		if (parentId != null) {
			this.parentsGiven.putIfAbsent(key(team), new ParentGiven(parentTeam, key(parentTeam), line.number()));
			if (!parentId.equals(this.parents.get(teamId))) {
				this.parents.put(teamId, parentId);
				this.movedTeams.put(teamId, parentId);
				changed = true;
			}
		}
		Action action;
		Person person;
		if (existing == null) {
			person = this.createdPeople.computeIfAbsent(email, (address) -> Person.create(name, address,
					(role != null) ? role : Role.MEMBER, null, PersonStatus.INVITED, this.now));
			action = Action.CREATE;
		}
		else {
			person = existing;
			if (!existing.name().equals(name)) {
				person = person.withName(name);
			}
			if (role != null && role != existing.role()) {
				person = person.withRole(role);
			}
			if (person != existing) {
				this.people.put(email, person);
				this.changedPeople.put(person.id(), person);
				changed = true;
			}
			action = null;
		}
		if (teamId != null) {
			changed |= join(new MembershipKey(teamId, person.id()), lead);
		}
		if (action == null) {
			action = changed ? Action.UPDATE : Action.UNCHANGED;
		}
		this.rows.add(row(line, action, List.of()));
	}

	private void checkAgainstFirstRow(List<String> errors, int line, String email, String name, Role role,
			String team) {
		FirstRow first = this.firstRows.get(email);
		if (first == null) {
			this.firstRows.put(email, new FirstRow(line, name, role, new HashSet<>(Set.of(key(team)))));
			return;
		}
		if (!first.name().equals(name) || first.role() != role) {
			errors.add("email " + shown(email) + " is on line " + first.line()
					+ " already with another name or role; every row of a person must give the same name and role");
		}
		else if (!first.teams().add(key(team))) {
			errors.add("email " + shown(email) + " is on line " + first.line() + " already"
					+ ((team != null) ? " with the team \"" + shown(team) + "\"" : "") + "; remove one of the rows");
		}
	}

	private boolean join(MembershipKey membership, boolean lead) {
		Boolean current = this.leads.get(membership);
		if (current == null) {
			this.leads.put(membership, lead);
			this.addedMemberships.put(membership, lead);
			return true;
		}
		if (current != lead) {
			this.leads.put(membership, lead);
			if (this.addedMemberships.containsKey(membership)) {
				this.addedMemberships.put(membership, lead);
			}
			else {
				this.changedLeads.put(membership, lead);
			}
			return true;
		}
		return false;
	}

	private void createTeam(TeamId id, String name) {
		Team created = Team.create(name, null, this.now);
		Team team = new Team(id, created.name(), null, created.createdAt(), null);
		this.createdTeams.put(id, team);
		this.teamsByName.put(key(name), new ArrayList<>(List.of(team)));
	}

	/**
	 * Whether {@code team} is {@code below} or one of its ancestors, as planned so far.
	 */
	private boolean isAncestor(TeamId team, TeamId below) {
		TeamId current = below;
		int steps = 0;
		while (current != null && steps++ <= this.parents.size()) {
			if (current.equals(team)) {
				return true;
			}
			current = this.parents.get(current);
		}
		return false;
	}

	private Team existingTeam(List<String> errors, String column, String name) {
		List<Team> named = this.teamsByName.get(key(name));
		if (named == null) {
			return null;
		}
		if (named.size() > 1) {
			errors.add(column + " \"" + shown(name) + "\" matches " + named.size()
					+ " teams; give them different names first");
			return null;
		}
		return named.get(0);
	}

	private static String email(List<String> errors, String raw) {
		String clean = raw.toLowerCase(Locale.ROOT);
		if (clean.isEmpty()) {
			errors.add("email is missing");
			return null;
		}
		if (clean.length() > EMAIL_MAX) {
			errors.add("email must be at most " + EMAIL_MAX + " characters (is " + clean.length() + ")");
			return null;
		}
		if (!EMAIL.matcher(clean).matches()) {
			errors.add("email \"" + shown(raw) + "\" is not an email address such as ada@example.com");
			return null;
		}
		return clean;
	}

	private static String title(List<String> errors, String column, String raw, boolean required) {
		if (raw.isEmpty() && !required) {
			return null;
		}
		FieldErrors checked = new FieldErrors();
		String clean = checked.title(column, raw);
		checked.list().forEach((error) -> errors.add(column + " " + error.message()));
		return checked.isEmpty() ? clean : null;
	}

	private static Role role(List<String> errors, String raw) {
		if (raw.isEmpty()) {
			return null;
		}
		for (Role role : Role.values()) {
			if (role.value().equalsIgnoreCase(raw)) {
				return role;
			}
		}
		errors.add("role \"" + shown(raw) + "\" is unknown; use admin, champion, member or viewer");
		return null;
	}

	private static Boolean lead(List<String> errors, String raw) {
		if (raw.isEmpty() || raw.equalsIgnoreCase("false")) {
			return false;
		}
		if (raw.equalsIgnoreCase("true")) {
			return true;
		}
		errors.add("lead \"" + shown(raw) + "\" must be true or false");
		return null;
	}

	private static Row row(ImportFile.Line line, Action action, List<String> errors) {
		return new Row(line.number(), action, List.copyOf(errors), shown(line.email()), shown(line.name()),
				shown(line.role()), shown(line.team()), shown(line.parentTeam()), line.lead().equalsIgnoreCase("true"));
	}

	private static String key(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

	/** A value as it may be shown back: at most {@value #SHOWN_MAX} characters. */
	private static String shown(String value) {
		return (value.length() > SHOWN_MAX) ? value.substring(0, SHOWN_MAX) + "…" : value;
	}

	private record MembershipKey(TeamId team, PersonId person) {
	}

	private record FirstRow(int line, String name, Role role, Set<String> teams) {
	}

	private record ParentGiven(String parent, String parentKey, int line) {
	}

}
