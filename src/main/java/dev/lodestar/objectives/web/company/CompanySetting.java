package dev.lodestar.objectives.web.company;

import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.CycleSetup;
import dev.lodestar.objectives.web.editing.ObjectiveForm;
import dev.lodestar.objectives.web.editing.ParentPicker;
import dev.lodestar.organization.Team;

/**
 * What the company page offers admins and champions for setting a cycle's objectives: the
 * form for a company-wide objective (the same fields as a team's), and in an
 * organisation's first cycle, until an objective is published, the path from the
 * company's objectives to the teams' drafts with how far it has come.
 *
 * @param form the new objective as typed, or empty
 * @param errors what was wrong with it, by field
 * @param open whether the form shows unfolded
 * @param firstCycle the guided path, or {@code null} when it is not shown
 */
public record CompanySetting(String cycleId, ObjectiveForm form, Map<String, String> errors, ParentPicker parents,
		boolean open, FirstCycle firstCycle) {

	public String focus() {
		return ObjectiveForm.FIELDS.stream()
			.filter((field) -> this.errors.keySet().stream().anyMatch((error) -> error.startsWith(field)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The three steps of a first cycle: the company's objectives, the teams' drafts, then
	 * review and publishing.
	 */
	public record FirstCycle(long companyObjectives, List<TeamStep> teams) {

		static FirstCycle of(CycleSetup.Progress progress, List<Team> teams) {
			return new FirstCycle(progress.companyObjectives(),
					teams.stream()
						.map((team) -> new TeamStep(team.id().toString(), team.name(),
								progress.teamsWithObjectives().contains(team.id())))
						.toList());
		}

		public boolean companyDone() {
			return this.companyObjectives > 0;
		}

		public long teamsWithDrafts() {
			return this.teams.stream().filter(TeamStep::hasDrafts).count();
		}

		public boolean teamsDone() {
			return !this.teams.isEmpty() && teamsWithDrafts() == this.teams.size();
		}

		public String teamProgress() {
			return teamsWithDrafts() + " of " + this.teams.size()
					+ ((this.teams.size() == 1) ? " team has" : " teams have") + " drafts";
		}

	}

	/** A team in the path: its page, and whether it has drafted objectives yet. */
	public record TeamStep(String id, String name, boolean hasDrafts) {
	}

}
