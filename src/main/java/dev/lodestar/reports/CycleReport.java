package dev.lodestar.reports;

import java.time.LocalDate;
import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Phase;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * What a cycle came to, per team and for the company.
 *
 * @param cycle the cycle
 * @param teamId the one team it is limited to, or {@code null} for the company
 * @param asOf the last day counted: the cycle's end, or today while it runs
 * @param weeks the cycle's weeks from its start to {@code asOf}
 * @param company the figures of every objective shown (company-wide and teams')
 * @param teams one row per team with objectives in the cycle, by name, then the
 * company-wide objectives as their own row ({@code teamId} null)
 * @param objectives every objective shown, with its key results
 * @param learnings what each team changes and learned about its objectives
 * @param surveys the survey on the OKR process, empty until someone has answered it
 */
public record CycleReport(Cycle cycle, TeamId teamId, LocalDate asOf, int weeks, Figures company, List<TeamRow> teams,
		List<ObjectiveLine> objectives, List<TeamLearnings> learnings, List<SurveySection> surveys) {

	static final String COMPANY_WIDE = "Company-wide";

	/** Scores count from reflect on; before that the report shows progress. */
	public boolean scored() {
		return this.cycle.phase() == Phase.REFLECT || this.cycle.phase() == Phase.CLOSED;
	}

	/** Teams that held their retrospective. */
	public long retrospectivesHeld() {
		return this.teams.stream().filter((row) -> Boolean.TRUE.equals(row.retrospectiveHeld())).count();
	}

	/** Teams that could hold one: every team row (the company-wide row has none). */
	public long retrospectivesExpected() {
		return this.teams.stream().filter((row) -> row.teamId() != null).count();
	}

	/** Every key result shown. */
	public List<KeyResultLine> keyResults() {
		return this.objectives.stream().flatMap((one) -> one.keyResults().stream()).toList();
	}

	/**
	 * One team's row, or the company-wide objectives' ({@code teamId} null, and no
	 * retrospective).
	 *
	 * @param teamId the team
	 * @param name its name
	 * @param figures its figures
	 * @param retrospectiveHeld whether it held its retrospective, {@code null} for the
	 * company-wide row
	 */
	public record TeamRow(TeamId teamId, String name, Figures figures, Boolean retrospectiveHeld) {
	}

	/**
	 * What one team learned: what it changes (from its retrospective) and its learnings
	 * about its objectives.
	 *
	 * @param teamId the team, {@code null} for company-wide objectives
	 * @param name its name
	 * @param worked what worked, from the retrospective
	 * @param change what it changes next cycle, from the retrospective
	 * @param objectives the learnings about its objectives
	 */
	public record TeamLearnings(TeamId teamId, String name, String worked, String change,
			List<ObjectiveLearning> objectives) {
	}

	/**
	 * What was learned about one objective.
	 *
	 * @param objectiveId the objective
	 * @param title its title
	 * @param learning what was learned
	 */
	public record ObjectiveLearning(ObjectiveId objectiveId, String title, String learning) {
	}

	/**
	 * The place for survey results in the report: one section per survey of the cycle,
	 * with its figures. Nothing is shown while there are none.
	 *
	 * @param title the survey
	 * @param figures what it found, as label and value
	 */
	public record SurveySection(String title, List<SurveyFigure> figures) {
	}

	/**
	 * One figure of a survey.
	 *
	 * @param label what it measures
	 * @param value its value, as shown
	 */
	public record SurveyFigure(String label, String value) {
	}

}
