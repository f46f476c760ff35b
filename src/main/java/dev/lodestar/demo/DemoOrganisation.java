package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.demo.DemoCatalogue.Department;
import dev.lodestar.demo.DemoCatalogue.PersonText;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.People.NewPerson;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * Builds Northwind's organisation through {@link People} and {@link Teams}: its people,
 * its departments with their teams, and who belongs to and leads each.
 */
final class DemoOrganisation {

	private final People people;

	private final Teams teams;

	DemoOrganisation(People people, Teams teams) {
		this.people = people;
		this.teams = teams;
	}

	Organisation build() {
		Map<String, PersonId> byEmail = new HashMap<>();
		int created = 0;
		for (PersonText person : DemoCatalogue.PEOPLE) {
			created += register(person, byEmail);
		}
		Actor admin = new Actor(byEmail.get(DemoCatalogue.ADMIN_EMAIL), Role.ADMIN, Set.of());
		Organisation organisation = new Organisation(admin, registerTeams(), new HashMap<>(), new HashMap<>(), created);
		for (PersonText person : DemoCatalogue.PEOPLE) {
			if (person.team() != null) {
				join(organisation, person, byEmail.get(person.email()));
			}
		}
		return organisation;
	}

	/**
	 * Registers a person with the demo password, or takes the one who already has the
	 * email (such as a first admin set up with {@code admin@northwind.example}). Answers
	 * how many people it created.
	 */
	private int register(PersonText person, Map<String, PersonId> byEmail) {
		PersonId existing = this.people.findByEmail(person.email()).map(Person::id).orElse(null);
		PersonId id = (existing != null) ? existing
				: this.people.register(new NewPerson(person.name(), person.email(), person.role(), DemoData.PASSWORD))
					.id();
		byEmail.put(person.email(), id);
		return (existing != null) ? 0 : 1;
	}

	private Map<String, TeamId> registerTeams() {
		Map<String, TeamId> ids = new HashMap<>();
		for (Department department : DemoCatalogue.DEPARTMENTS) {
			TeamId departmentId = this.teams.register(department.name(), null).id();
			ids.put(department.name(), departmentId);
			for (String team : department.teams()) {
				ids.put(team, this.teams.register(team, departmentId).id());
			}
		}
		return ids;
	}

	private void join(Organisation organisation, PersonText person, PersonId id) {
		this.teams.putMember(organisation.admin(), organisation.team(person.team()), id, person.lead());
		organisation.members().computeIfAbsent(person.team(), (team) -> new ArrayList<>()).add(id);
		if (person.lead()) {
			organisation.leads().put(person.team(), id);
		}
	}

	/**
	 * The organisation as built: the admin who sets everything up, the teams by name, who
	 * belongs to and leads each, and how many people were created.
	 */
	record Organisation(Actor admin, Map<String, TeamId> teams, Map<String, List<PersonId>> members,
			Map<String, PersonId> leads, int peopleCreated) {

		TeamId team(String name) {
			return this.teams.get(name);
		}

		List<PersonId> membersOf(String team) {
			return this.members.get(team);
		}

		PersonId leadOf(String team) {
			return this.leads.get(team);
		}

	}

}
