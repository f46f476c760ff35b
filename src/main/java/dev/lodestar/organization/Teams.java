package dev.lodestar.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;
import dev.lodestar.versions.DataVersions;
import dev.lodestar.versions.VersionedCache;

/**
 * The tree of teams and who belongs to each. Admins and champions shape it; everyone
 * reads it.
 */
@Service
@Transactional
public class Teams {

	private final TeamRepository teams;

	private final JdbcClient jdbc;

	private final Memberships memberships;

	private final People people;

	private final Clock clock;

	private final VersionedCache<String, List<Team>> every;

	Teams(TeamRepository teams, JdbcClient jdbc, Memberships memberships, People people, Clock clock,
			DataVersions versions) {
		this.teams = teams;
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.people = people;
		this.clock = clock;
		this.every = new VersionedCache<>(versions, DataVersions.TEAMS, 1);
	}

	public TeamView create(Actor actor, String name, TeamId parentId) {
		actor.require(actor.runsProgram(), "create teams");
		return view(register(name, parentId));
	}

	/**
	 * Adds a team without asking who does it: for demo data.
	 */
	public Team register(String name, TeamId parentId) {
		requireParent(parentId);
		return this.teams.save(Team.create(name, parentId, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Team get(TeamId id) {
		return this.teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	@Transactional(readOnly = true)
	public TeamView view(TeamId id) {
		return view(get(id));
	}

	/**
	 * The names of some teams, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<TeamId, String> names(Collection<TeamId> ids) {
		Map<TeamId, String> names = new HashMap<>();
		this.teams.findAllById(ids).forEach((team) -> names.put(team.id(), team.name()));
		return names;
	}

	/**
	 * The teams above a team, its parent first and the top of the tree last, in one
	 * query.
	 */
	@Transactional(readOnly = true)
	public List<Team> ancestors(TeamId id) {
		Map<TeamId, Team> byId = new HashMap<>();
		this.teams.findWithAncestors(id.value()).forEach((team) -> byId.put(team.id(), team));
		List<Team> chain = new ArrayList<>();
		Team team = byId.get(id);
		while (team != null && team.parentId() != null && chain.size() < byId.size()) {
			team = byId.get(team.parentId());
			if (team != null) {
				chain.add(team);
			}
		}
		return chain;
	}

	/**
	 * Every team, by name: the tree is small enough to show whole. Read with a plain row
	 * mapper, as the pages that offer every team read a thousand of them, and kept under
	 * the teams' data version, so that they are read again only after a team changed.
	 */
	@Transactional(readOnly = true)
	public List<Team> all() {
		return this.every.get("all",
				() -> this.jdbc.sql("select id, name, parent_id, created_at, version from team order by name, id")
					.query(Teams::team)
					.list()
					.stream()
					.toList());
	}

	private static Team team(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Team(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"),
				(parent != null) ? new TeamId(parent) : null, rs.getTimestamp("created_at").toInstant(),
				rs.getObject("version", Long.class));
	}

	/**
	 * The teams whose name contains some words, ignoring case, by name; at most
	 * {@code limit}, in one query however many teams there are. Blank words find none.
	 */
	/**
	 * A {@code like} pattern (escaped with {@code !}) for text that contains the words,
	 * taken literally: {@code %}, {@code _} and {@code !} match themselves.
	 */
	static String containing(String words) {
		StringBuilder pattern = new StringBuilder("%");
		for (char c : words.strip().toCharArray()) {
			if (c == '%' || c == '_' || c == '!') {
				pattern.append('!');
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	@Transactional(readOnly = true)
	public List<Team> named(String words, int limit) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, name, parent_id, created_at, version from team"
					+ " where lower(name) like lower(:text) escape '!' order by name, id limit :limit")
			.param("text", containing(words))
			.param("limit", limit)
			.query(Teams::team)
			.list();
	}

	@Transactional(readOnly = true)
	public boolean exists(TeamId id) {
		return this.teams.existsById(id);
	}

	/**
	 * Every team with its members, by name, in two queries: the admin page's whole tree.
	 */
	@Transactional(readOnly = true)
	public List<TeamView> allWithMembers() {
		List<Team> all = all();
		Map<TeamId, Memberships.Members> members = this.memberships.ofTeams(all.stream().map(Team::id).toList());
		return all.stream().map((team) -> view(team, members.get(team.id()))).toList();
	}

	/**
	 * The parent of each of some teams that has one, in one query.
	 */
	@Transactional(readOnly = true)
	public Map<TeamId, TeamId> parentsOf(Collection<TeamId> ids) {
		Map<TeamId, TeamId> parents = new HashMap<>();
		this.teams.findAllById(ids).forEach((team) -> {
			if (team.parentId() != null) {
				parents.put(team.id(), team.parentId());
			}
		});
		return parents;
	}

	/**
	 * The leads of some teams, in one query (none when no team is asked for); a team
	 * without a lead maps to an empty list.
	 */
	@Transactional(readOnly = true)
	public Map<TeamId, List<PersonId>> leadsOf(Collection<TeamId> ids) {
		Map<TeamId, List<PersonId>> leads = new HashMap<>();
		this.memberships.ofTeams(java.util.Set.copyOf(ids))
			.forEach((team, members) -> leads.put(team, List.copyOf(members.leadIds())));
		return leads;
	}

	/**
	 * How many teams there are and how many of them have a lead who is not deactivated,
	 * in one query however many teams there are: the readiness of a cycle asks it.
	 */
	@Transactional(readOnly = true)
	public LeadCoverage leadCoverage() {
		return this.jdbc.sql("""
				select (select count(*) from team) as teams,
				  (select count(distinct m.team_id) from team_member m join person p on p.id = m.person_id
				   where m.lead = true and p.status <> 'DEACTIVATED') as led""")
			.query((rs, row) -> new LeadCoverage(rs.getLong("teams"), rs.getLong("led")))
			.single();
	}

	/**
	 * The team of every active participant who belongs to one, by email address, in one
	 * query: a team the person leads first, else the first by name. For a mail to the
	 * whole organisation that links each person to their team.
	 */
	@Transactional(readOnly = true)
	public Map<String, TeamId> teamsOfParticipants() {
		Map<String, TeamId> teams = new HashMap<>();
		this.jdbc.sql("""
				select p.email, m.team_id from person p join team_member m on m.person_id = p.id
				join team t on t.id = m.team_id
				where p.role <> 'VIEWER' and p.status = 'ACTIVE' order by p.email, m.lead desc, t.name, t.id""")
			.query((rs) -> {
				teams.putIfAbsent(rs.getString("email"), new TeamId(rs.getObject("team_id", UUID.class)));
			});
		return teams;
	}

	/** How many teams there are and how many of them have a lead. */
	public record LeadCoverage(long teams, long led) {
	}

	@Transactional(readOnly = true)
	public ResultPage<TeamView> list(Paging paging) {
		List<Team> page = this.teams.findPage(paging.limit(), paging.offset());
		Map<TeamId, Memberships.Members> members = this.memberships.ofTeams(page.stream().map(Team::id).toList());
		return new ResultPage<>(page.stream().map((team) -> view(team, members.get(team.id()))).toList(),
				this.teams.count());
	}

	public TeamView update(Actor actor, TeamId id, Long expectedVersion, TeamChanges changes) {
		actor.require(actor.runsProgram(), "change teams");
		Team team = get(id);
		StaleVersionException.check("team", expectedVersion, team.version());
		if (changes.name() != null) {
			team = team.withName(changes.name());
		}
		if (changes.parentId() != null) {
			TeamId parent = changes.parentId().orElse(null);
			requireParent(parent);
			requireNoLoop(id, parent);
			team = team.withParent(parent);
		}
		return view(this.teams.save(team));
	}

	public void delete(Actor actor, TeamId id, Long expectedVersion) {
		actor.require(actor.runsProgram(), "remove teams");
		Team team = get(id);
		StaleVersionException.check("team", expectedVersion, team.version());
		if (this.teams.existsByParentId(id)) {
			throw new ConflictException("The team has sub-teams; move or remove them first.");
		}
		try {
			this.teams.delete(team);
		}
		catch (DataAccessException ex) {
			throw whenStillReferenced(ex, "The team has objectives (archived ones count too), so it cannot be deleted; "
					+ "rename it or move it instead.");
		}
	}

	/**
	 * A removal the database refused because something still points at the row becomes a
	 * conflict that says what; any other failure is handed back as it was.
	 */
	static RuntimeException whenStillReferenced(DataAccessException ex, String message) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataIntegrityViolationException) {
				return new ConflictException(message);
			}
		}
		return ex;
	}

	public TeamView putMember(Actor actor, TeamId id, PersonId person, boolean lead) {
		actor.require(actor.runsProgram(), "change team memberships");
		Team team = get(id);
		if (!this.people.exists(person)) {
			throw new NotFoundException("person", person);
		}
		this.memberships.put(id, person, lead);
		return view(touch(team));
	}

	public TeamView removeMember(Actor actor, TeamId id, PersonId person) {
		actor.require(actor.runsProgram(), "change team memberships");
		Team team = get(id);
		if (!this.memberships.remove(id, person)) {
			throw new NotFoundException("member of team " + id, person);
		}
		return view(touch(team));
	}

	/**
	 * A change of membership changes the team as clients see it, so its version moves on.
	 */
	private Team touch(Team team) {
		return this.teams.save(team);
	}

	private TeamView view(Team team) {
		return view(team, this.memberships.ofTeams(List.of(team.id())).get(team.id()));
	}

	private static TeamView view(Team team, Memberships.Members members) {
		return new TeamView(team, members.leadIds(), members.memberIds());
	}

	private void requireParent(TeamId parentId) {
		if (parentId != null && !this.teams.existsById(parentId)) {
			throw InvalidInputException.of("parentId", "is not a known team");
		}
	}

	private void requireNoLoop(TeamId team, TeamId newParent) {
		TeamId cursor = newParent;
		while (cursor != null) {
			if (cursor.equals(team)) {
				throw InvalidInputException.of("parentId", "would put the team inside itself");
			}
			cursor = this.teams.findById(cursor).map(Team::parentId).orElse(null);
		}
	}

	/**
	 * A partial change of a team: a {@code null} component leaves it as it is; an empty
	 * parent makes the team a top-level one.
	 */
	public record TeamChanges(String name, Optional<TeamId> parentId) {
	}

}
