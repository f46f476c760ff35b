package dev.lodestar.reports;

import java.util.List;

import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Score;
import dev.lodestar.organization.TeamId;

/**
 * One objective as the report reads it, with its key results.
 *
 * @param id the objective
 * @param title its title
 * @param kind committed or aspirational
 * @param teamId its team, {@code null} for a company-wide objective
 * @param teamName the team's name, {@code null} for a company-wide objective
 * @param sharedWith the other teams that own it, when it is shared (each counts it in its
 * row; the organisation's figures count it once)
 * @param keyResults its key results
 * @param progress the weighted mean progress of its key results
 * @param score the weighted mean score of its key results, {@code null} until they are
 * all scored (or when it has none)
 */
public record ObjectiveLine(ObjectiveId id, String title, ObjectiveKind kind, TeamId teamId, String teamName,
		List<TeamId> sharedWith, List<KeyResultLine> keyResults, double progress, Double score) {

	/** Whether it met what its kind expects; {@code null} while unscored. */
	public Boolean metExpectation() {
		return (this.score != null) ? Score.meets(this.kind, this.score) : null;
	}

	public boolean met() {
		return Boolean.TRUE.equals(metExpectation());
	}

	/** The team's name, or "Company-wide". */
	public String owner() {
		return (this.teamName != null) ? this.teamName : CycleReport.COMPANY_WIDE;
	}

}
