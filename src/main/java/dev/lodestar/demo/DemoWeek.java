package dev.lodestar.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.lodestar.conversations.Comments;
import dev.lodestar.demo.DemoOkrs.Planted;
import dev.lodestar.demo.DemoOrganisation.Organisation;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.KudosWall;
import dev.lodestar.rhythm.Priorities;
import dev.lodestar.rhythm.Priority;
import dev.lodestar.rhythm.Week;
import dev.lodestar.rhythm.Wins;

/**
 * The week's rhythm in the demo teams: last week's and this week's priorities (some done,
 * one left over to carry), a written win and kudos this week, and a few comments with
 * mentions on the latest check-ins, so the Monday and Friday pages and the notifications
 * have something to show.
 */
final class DemoWeek {

	private static final List<String> PRIORITIES = List.of("Review the at-risk key results with their owners",
			"Prepare the numbers for the monthly review", "Unblock the data export", "Interview three customers");

	private static final List<String> WINS = List.of("First customer live on the new onboarding",
			"The dashboard finally loads in under a second", "Two blockers cleared with the platform team");

	private static final List<String> KUDOS = List.of("Thank you for staying on the release until it was green",
			"Your write-up made the decision easy", "Great demo on Thursday");

	private final Priorities priorities;

	private final Wins wins;

	private final KudosWall kudos;

	private final Comments comments;

	private final CheckIns checkIns;

	private final People people;

	private final Program program;

	DemoWeek(Priorities priorities, Wins wins, KudosWall kudos, Comments comments, CheckIns checkIns, People people,
			Program program) {
		this.priorities = priorities;
		this.wins = wins;
		this.kudos = kudos;
		this.comments = comments;
		this.checkIns = checkIns;
		this.people = people;
		this.program = program;
	}

	/** Plays this week in every team that has a lead and a member besides. */
	void play(Organisation built, List<Planted> planted, Instant now) {
		Week thisWeek = Week.of(this.program.settings(), now);
		int turn = 0;
		for (var department : DemoCatalogue.DEPARTMENTS) {
			for (String team : department.teams()) {
				List<PersonId> members = built.membersOf(team);
				PersonId lead = built.leadOf(team);
				if (lead != null && members != null && members.size() > 1) {
					playTeam(built.team(team), lead, otherThan(lead, members), thisWeek, turn++);
				}
			}
		}
		comment(planted);
	}

	private void playTeam(TeamId team, PersonId lead, PersonId member, Week thisWeek, int turn) {
		var leadActor = this.people.actorOf(lead);
		Priority done = this.priorities.add(leadActor, team, thisWeek.previous(), pick(PRIORITIES, turn));
		this.priorities.change(leadActor, done.id(), null, null, true);
		Priority leftOver = this.priorities.add(leadActor, team, thisWeek.previous(), pick(PRIORITIES, turn + 1));
		this.priorities.carryOver(leadActor, team, leftOver.id(), thisWeek);
		this.priorities.add(leadActor, team, thisWeek, pick(PRIORITIES, turn + 2));
		this.wins.write(this.people.actorOf(member), team, thisWeek, pick(WINS, turn));
		this.kudos.give(leadActor, team, member, pick(KUDOS, turn));
	}

	/**
	 * A lead's comment on a few of the latest check-ins, mentioning their owner.
	 */
	private void comment(List<Planted> planted) {
		List<KeyResultId> keyResults = planted.stream().map((p) -> p.keyResult().id()).toList();
		Map<KeyResultId, CheckIn> latest = this.checkIns.latest(keyResults);
		List<CheckIn> commented = keyResults.stream().filter(latest::containsKey).map(latest::get).limit(6).toList();
		for (CheckIn checkIn : commented) {
			Person owner = this.people.get(checkIn.authorId());
			String handle = owner.email().substring(0, owner.email().indexOf('@')).toLowerCase(Locale.ROOT);
			this.comments.post(this.people.actorOf(adminOf()), checkIn.id(),
					"Thanks for the update, @" + handle + ". Anything the team can take off your plate this week?");
		}
	}

	private PersonId adminOf() {
		return this.people.findByEmail(DemoCatalogue.ADMIN_EMAIL).orElseThrow().id();
	}

	private static PersonId otherThan(PersonId lead, List<PersonId> members) {
		return members.stream().filter((member) -> !member.equals(lead)).findFirst().orElse(lead);
	}

	private static String pick(List<String> texts, int turn) {
		return texts.get(turn % texts.size());
	}

}
