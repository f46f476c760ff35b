package dev.lodestar.setup;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CycleSetup;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.Teams;
import dev.lodestar.training.TrainingCompletions;

/**
 * Whether a cycle is ready to launch: a checklist read from the real state of the
 * organisation. Every check is a count query (the training's is asked about the active
 * people, whose ids are one query), so the number of statements stays the same however
 * many people and teams there are. Admins and champions read it.
 */
@Service
@Transactional(readOnly = true)
public class Readiness {

	private final Cycles cycles;

	private final Teams teams;

	private final People people;

	private final CycleSetup objectives;

	private final Program program;

	private final TrainingCompletions training;

	Readiness(Cycles cycles, Teams teams, People people, CycleSetup objectives, Program program,
			TrainingCompletions training) {
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.objectives = objectives;
		this.program = program;
		this.training = training;
	}

	public Report of(Actor actor, CycleId id) {
		actor.require(actor.runsProgram(), "see whether a cycle is ready to launch");
		Cycle cycle = this.cycles.get(id);
		Teams.LeadCoverage leads = this.teams.leadCoverage();
		Map<PersonStatus, Long> statuses = this.people.countsByStatus();
		List<PersonId> active = this.people.activeIds();
		int trained = active.isEmpty() ? 0 : this.training.countDone(active);
		CycleSetup.CompanyObjectives company = this.objectives.companyObjectives(id);
		boolean dayChosen = this.program.settings().checkInDayChosen();
		long invited = statuses.getOrDefault(PersonStatus.INVITED, 0L);
		List<Check> checks = List.of(
				new Check("teams-have-leads", "Every team has a lead",
						leads.teams() > 0 && leads.led() == leads.teams(),
						(leads.teams() == 0) ? "There are no teams yet"
								: leads.led() + " of " + plural(leads.teams(), "team") + " have a lead",
						"/admin/teams"),
				new Check("people-active", "Everyone invited has joined", active.size() > 0 && invited == 0,
						plural(active.size(), "person", "people") + " active, " + invited
								+ " invited but not yet active",
						"/admin/invitations"),
				new Check("people-trained", "Everyone has finished the training",
						!active.isEmpty() && trained >= active.size(),
						trained + " of " + plural(active.size(), "active person", "active people")
								+ " have finished the training",
						"/training/progress"),
				new Check("company-objectives-published", "The company's objectives are published",
						company.total() > 0 && company.published() == company.total(),
						(company.total() == 0) ? "No company-wide objective yet"
								: company.published() + " of " + plural(company.total(), "company-wide objective")
										+ " published",
						"/company?cycle=" + cycle.id() + "&team=company"),
				new Check("check-in-day-set", "The check-in day is chosen", dayChosen, dayChosen
						? "Check-ins are on " + this.program.settings()
							.checkInDay()
							.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + "s"
						: "Not chosen yet: choose it in the settings", "/admin/settings"));
		return new Report(cycle, checks.stream().allMatch(Check::done), checks);
	}

	private static String plural(long count, String one) {
		return plural(count, one, one + "s");
	}

	private static String plural(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

	/** The checklist of a cycle: ready when every check is done. */
	public record Report(Cycle cycle, boolean ready, List<Check> checks) {
	}

	/**
	 * One check: its stable id, what it asks, whether it is done, the numbers behind it,
	 * and the page where it is fixed.
	 */
	public record Check(String id, String label, boolean done, String detail, String fixAt) {
	}

}
