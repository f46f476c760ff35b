package dev.lodestar.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.organization.Role;

/**
 * Northwind, the made-up company of the demo: it makes route-planning and dispatch
 * software for small delivery fleets. Its departments and teams, its people, and what
 * owners write when they check in.
 */
final class DemoCatalogue {

	static final String DOMAIN = "northwind.example";

	static final String ADMIN_EMAIL = "admin@" + DOMAIN;

	static final List<Department> DEPARTMENTS = List.of(
			new Department("Product", List.of("Product Discovery", "Design")),
			new Department("Engineering", List.of("Platform", "Web App", "Mobile")),
			new Department("Sales & Marketing", List.of("Growth Marketing", "Sales", "Customer Success")),
			new Department("People & Operations", List.of("People", "Finance & Operations")));

	static final List<PersonText> PEOPLE = List.of(
			new PersonText("Grace Okafor", ADMIN_EMAIL, Role.ADMIN, "People & Operations", true),
			lead("Amara Nwosu", "Product"), lead("Daniel Brennan", "Engineering"),
			lead("Olivia Grant", "Sales & Marketing"), lead("Jonas Berg", "Product Discovery"),
			champion("Priya Raman", "Product Discovery"), member("Leo Fischer", "Product Discovery"),
			lead("Sofia Marques", "Design"), member("Kenji Watanabe", "Design"), member("Isla Thompson", "Design"),
			lead("Ravi Menon", "Platform"), member("Eliška Nováková", "Platform"), member("Marcus Reid", "Platform"),
			lead("Hannah Cole", "Web App"), member("Mateo Rossi", "Web App"), member("Aisha Karimi", "Web App"),
			lead("Lukas Weber", "Mobile"), member("Chloé Martin", "Mobile"), member("Arjun Patel", "Mobile"),
			lead("Nadia Haddad", "Growth Marketing"), member("Ben Carter", "Growth Marketing"),
			lead("Samuel Osei", "Sales"), member("Julia Kowalska", "Sales"), member("Ethan Brooks", "Sales"),
			lead("Mei Chen", "Customer Success"), member("Diego Álvarez", "Customer Success"),
			member("Rosa Jiménez", "Customer Success"), lead("Fatima Rahman", "People"),
			champion("Tomás Herrera", "People"), lead("Victor Lindahl", "Finance & Operations"),
			member("Noor Aziz", "Finance & Operations"), new PersonText("Helen Marsh", null, Role.VIEWER, null, false));

	static final List<String> ON_TRACK_NOTES = List.of("Good week; the trend holds.",
			"Ahead of plan, so we keep the focus on the same two things.",
			"The change we made two weeks ago is paying off.",
			"Celebrated this one on Friday: the whole team pulled together.",
			"On track. Next we look at the long tail.", "Steady progress, nothing to change.");

	static final List<String> AT_RISK_NOTES = List.of(
			"Slower than we hoped; we talked it through in today's calibration.",
			"Two people were out last week, so not alarming yet.",
			"Moving, but not fast enough to reach the target at this pace.",
			"We dropped a side project to give this more time.",
			"The numbers are noisy; we want two more weeks of data before changing course.",
			"Asked the lead for help with priorities this week.");

	static final List<String> OFF_TRACK_NOTES = List.of("Off track. We will not reach the target without help.",
			"The first idea did not work; trying a different approach from this week.",
			"Honest update: this is unlikely this quarter. Discussing scope with the lead.",
			"We underestimated this one; it goes on the agenda of the retrospective.");

	static final List<String> BLOCKERS = List.of("Waiting for another team to finish the piece this builds on.",
			"Need a decision from leadership on pricing before we can go on.",
			"Tracking data is missing for part of last week; analytics is looking into it.",
			"An open role on the team; part of the work is on hold until someone joins.",
			"Depends on a partner's API change that keeps slipping.");

	static final String DONE_NOTE = "Done and signed off. Thanks to everyone who helped.";

	private DemoCatalogue() {
	}

	/**
	 * A note that fits how confident the owner is.
	 */
	static String note(int confidence, Random random) {
		List<String> notes = switch (ConfidenceBand.of(confidence)) {
			case ON_TRACK -> ON_TRACK_NOTES;
			case AT_RISK -> AT_RISK_NOTES;
			default -> OFF_TRACK_NOTES;
		};
		return pick(notes, random);
	}

	static String pick(List<String> texts, Random random) {
		return texts.get(random.nextInt(texts.size()));
	}

	private static PersonText lead(String name, String team) {
		return new PersonText(name, null, Role.MEMBER, team, true);
	}

	private static PersonText member(String name, String team) {
		return new PersonText(name, null, Role.MEMBER, team, false);
	}

	private static PersonText champion(String name, String team) {
		return new PersonText(name, null, Role.CHAMPION, team, false);
	}

	/**
	 * A department at the top of the tree, with its teams.
	 */
	record Department(String name, List<String> teams) {
	}

	/**
	 * A person, the team they belong to (a department or a team, none for the viewer) and
	 * whether they lead it. Without an explicit email they get
	 * {@code first.last@northwind.example}.
	 */
	record PersonText(String name, String explicitEmail, Role role, String team, boolean lead) {

		String email() {
			if (this.explicitEmail != null) {
				return this.explicitEmail;
			}
			String plain = Normalizer.normalize(this.name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			return plain.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + DOMAIN;
		}

	}

}
