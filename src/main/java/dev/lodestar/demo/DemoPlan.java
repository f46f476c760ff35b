package dev.lodestar.demo;

import java.util.List;

import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveKind;

/**
 * The OKRs the demo sets in one cycle: the company's objectives and each team's, as
 * titles, reasons and numbers.
 */
record DemoPlan(List<ObjectiveText> company, List<TeamObjectives> teams) {

	static DemoPlan of(List<ObjectiveText> company, TeamObjectives... teams) {
		return new DemoPlan(company, List.of(teams));
	}

	int objectiveCount() {
		return this.company.size() + this.teams.stream().mapToInt((team) -> team.objectives().size()).sum();
	}

	static TeamObjectives team(String name, ObjectiveText... objectives) {
		return new TeamObjectives(name, List.of(objectives));
	}

	static ObjectiveText committed(String title, String why, KeyResultText... keyResults) {
		return new ObjectiveText(title, why, ObjectiveKind.COMMITTED, 0, 0, List.of(keyResults));
	}

	static ObjectiveText aspirational(String title, String why, KeyResultText... keyResults) {
		return new ObjectiveText(title, why, ObjectiveKind.ASPIRATIONAL, 0, 0, List.of(keyResults));
	}

	/**
	 * A metric from {@code start} to {@code target}; a target below the start falls.
	 */
	static KeyResultText metric(String title, double start, double target, String unit) {
		return new KeyResultText(title, KeyResultType.METRIC, start, target, unit, null);
	}

	static KeyResultText percentage(String title, double start, double target) {
		return new KeyResultText(title, KeyResultType.PERCENTAGE, start, target, null, null);
	}

	static KeyResultText milestone(String title) {
		return new KeyResultText(title, KeyResultType.MILESTONE, null, null, null, null);
	}

	/**
	 * A team's objectives for the cycle.
	 */
	record TeamObjectives(String team, List<ObjectiveText> objectives) {
	}

	/**
	 * An objective and why it matters. A team objective may contribute to one of the
	 * company's objectives of the same cycle ({@code alignToObjective}, counted from 1)
	 * or, when {@code alignToKeyResult} is not 0, to one of that objective's key results.
	 */
	record ObjectiveText(String title, String why, ObjectiveKind kind, int alignToObjective, int alignToKeyResult,
			List<KeyResultText> keyResults) {

		ObjectiveText alignedTo(int objective) {
			return alignedTo(objective, 0);
		}

		ObjectiveText alignedTo(int objective, int keyResult) {
			return new ObjectiveText(this.title, this.why, this.kind, objective, keyResult, this.keyResults);
		}

	}

	/**
	 * A key result. Its owner is the lead of {@code ownerTeam} when one is named, and
	 * otherwise someone of the objective's team.
	 */
	record KeyResultText(String title, KeyResultType type, Double start, Double target, String unit, String ownerTeam) {

		KeyResultText by(String team) {
			return new KeyResultText(this.title, this.type, this.start, this.target, this.unit, team);
		}

	}

}
