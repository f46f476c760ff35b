package dev.lodestar.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who belongs to which team, and who leads it. Read in bulk for whole pages of teams or
 * people, so a list never asks once per row.
 */
@Repository
class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the person to the team, or changes their lead flag if they belong to it
	 * already.
	 */
	void put(TeamId team, PersonId person, boolean lead) {
		int updated = this.jdbc.sql("update team_member set lead = :lead where team_id = :team and person_id = :person")
			.param("lead", lead)
			.param("team", team.value())
			.param("person", person.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into team_member (team_id, person_id, lead) values (:team, :person, :lead)")
				.param("team", team.value())
				.param("person", person.value())
				.param("lead", lead)
				.update();
		}
	}

	boolean remove(TeamId team, PersonId person) {
		return this.jdbc.sql("delete from team_member where team_id = :team and person_id = :person")
			.param("team", team.value())
			.param("person", person.value())
			.update() > 0;
	}

	Map<TeamId, Members> ofTeams(Collection<TeamId> teams) {
		Map<TeamId, Members> result = new HashMap<>();
		teams.forEach((team) -> result.put(team, new Members(new ArrayList<>(), new ArrayList<>())));
		if (teams.isEmpty()) {
			return result;
		}
		this.jdbc.sql(
				"select team_id, person_id, lead from team_member where team_id in (:teams) order by team_id, person_id")
			.param("teams", teams.stream().map(TeamId::value).toList())
			.query((rs, row) -> {
				Members members = result.get(new TeamId(rs.getObject("team_id", UUID.class)));
				PersonId person = new PersonId(rs.getObject("person_id", UUID.class));
				members.memberIds().add(person);
				if (rs.getBoolean("lead")) {
					members.leadIds().add(person);
				}
				return null;
			})
			.list();
		return result;
	}

	Map<PersonId, List<TeamId>> ofPeople(Collection<PersonId> people) {
		Map<PersonId, List<TeamId>> result = new HashMap<>();
		people.forEach((person) -> result.put(person, new ArrayList<>()));
		if (people.isEmpty()) {
			return result;
		}
		this.jdbc
			.sql("select person_id, team_id from team_member where person_id in (:people) order by person_id, team_id")
			.param("people", people.stream().map(PersonId::value).toList())
			.query((rs, row) -> result.get(new PersonId(rs.getObject("person_id", UUID.class)))
				.add(new TeamId(rs.getObject("team_id", UUID.class))))
			.list();
		return result;
	}

	Set<TeamId> ledBy(PersonId person) {
		return new HashSet<>(this.jdbc.sql("select team_id from team_member where person_id = :person and lead")
			.param("person", person.value())
			.query((rs, row) -> new TeamId(rs.getObject("team_id", UUID.class)))
			.list());
	}

	record Members(List<PersonId> leadIds, List<PersonId> memberIds) {
	}

}
