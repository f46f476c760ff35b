package dev.lodestar.organization;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.shared.ConflictException;

/**
 * The whole organisation read and written in bulk, for imports of thousands of people: a
 * fixed number of statements however many rows (every person, every team and every
 * membership in three queries; each kind of change in one JDBC batch). It asks nobody who
 * may do this: the caller checks that, and runs the writes in its own transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class Roster {

	private final JdbcTemplate jdbc;

	Roster(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone, with their role, status and version; without password hashes. */
	public List<Person> people() {
		return this.jdbc.query("select id, name, email, role, created_at, status, version from person",
				(rs, row) -> new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"),
						rs.getString("email"), Role.valueOf(rs.getString("role")), null,
						rs.getTimestamp("created_at").toInstant(), PersonStatus.valueOf(rs.getString("status")),
						rs.getLong("version")));
	}

	/** Every team. */
	public List<Team> teams() {
		return this.jdbc.query("select id, name, parent_id, created_at, version from team", (rs, row) -> {
			UUID parent = rs.getObject("parent_id", UUID.class);
			return new Team(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"),
					(parent != null) ? new TeamId(parent) : null, rs.getTimestamp("created_at").toInstant(),
					rs.getLong("version"));
		});
	}

	/** Every membership. */
	public List<Membership> memberships() {
		return this.jdbc.query("select team_id, person_id, lead from team_member",
				(rs, row) -> new Membership(new TeamId(rs.getObject("team_id", UUID.class)),
						new PersonId(rs.getObject("person_id", UUID.class)), rs.getBoolean("lead")));
	}

	/**
	 * Adds people made with {@link Person#create}; their password hash is kept as given.
	 */
	public void insertPeople(List<Person> people) {
		if (people.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into person (id, name, email, role, password_hash, created_at, status, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, 0)", people, people.size(), (statement, person) -> {
					statement.setObject(1, person.id().value());
					statement.setString(2, person.name());
					statement.setString(3, person.email());
					statement.setString(4, person.role().name());
					statement.setString(5, person.passwordHash());
					statement.setTimestamp(6, Timestamp.from(person.createdAt()));
					statement.setString(7, person.status().name());
				});
	}

	/**
	 * Saves the name and role of people read with {@link #people()}; never their email,
	 * password or status.
	 * @throws ConflictException when one of them changed meanwhile
	 */
	public void updateNamesAndRoles(List<Person> people) {
		if (people.isEmpty()) {
			return;
		}
		int[][] counts = this.jdbc.batchUpdate(
				"update person set name = ?, role = ?, version = version + 1 where id = ? and version = ?", people,
				people.size(), (statement, person) -> {
					statement.setString(1, person.name());
					statement.setString(2, person.role().name());
					statement.setObject(3, person.id().value());
					statement.setLong(4, person.version());
				});
		requireAll(counts, "Some of these people were changed meanwhile; preview the import again.");
	}

	/**
	 * Adds teams made with {@link Team#create}, each at the top; see {@link #moveTeams}.
	 */
	public void insertTeams(List<Team> teams) {
		if (teams.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into team (id, name, parent_id, created_at, version) values (?, ?, null, ?, 0)",
				teams, teams.size(), (statement, team) -> {
					statement.setObject(1, team.id().value());
					statement.setString(2, team.name());
					statement.setTimestamp(3, Timestamp.from(team.createdAt()));
				});
	}

	/**
	 * Gives teams their parent. The caller makes sure no team becomes its own ancestor.
	 * @throws ConflictException when one of them is gone
	 */
	public void moveTeams(List<Team> teams) {
		if (teams.isEmpty()) {
			return;
		}
		int[][] counts = this.jdbc.batchUpdate("update team set parent_id = ?, version = version + 1 where id = ?",
				teams, teams.size(), (statement, team) -> {
					statement.setObject(1, (team.parentId() != null) ? team.parentId().value() : null);
					statement.setObject(2, team.id().value());
				});
		requireAll(counts, "Some of these teams were removed meanwhile; preview the import again.");
	}

	/** Adds memberships that do not exist yet. */
	public void insertMemberships(List<Membership> memberships) {
		if (memberships.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("insert into team_member (team_id, person_id, lead) values (?, ?, ?)", memberships,
				memberships.size(), (statement, membership) -> {
					statement.setObject(1, membership.teamId().value());
					statement.setObject(2, membership.personId().value());
					statement.setBoolean(3, membership.lead());
				});
	}

	/**
	 * Sets the lead flag of memberships that exist.
	 * @throws ConflictException when one of them is gone
	 */
	public void updateLeads(List<Membership> memberships) {
		if (memberships.isEmpty()) {
			return;
		}
		int[][] counts = this.jdbc.batchUpdate("update team_member set lead = ? where team_id = ? and person_id = ?",
				memberships, memberships.size(), (statement, membership) -> {
					statement.setBoolean(1, membership.lead());
					statement.setObject(2, membership.teamId().value());
					statement.setObject(3, membership.personId().value());
				});
		requireAll(counts, "Some of these memberships were removed meanwhile; preview the import again.");
	}

	private static void requireAll(int[][] counts, String message) {
		for (int[] batch : counts) {
			for (int count : batch) {
				// a driver may answer "done, count unknown" (-2) for a batched statement
				if (count == 0) {
					throw new ConflictException(message);
				}
			}
		}
	}

	/** A person's place in a team, leading it or not. */
	public record Membership(TeamId teamId, PersonId personId, boolean lead) {
	}

}
