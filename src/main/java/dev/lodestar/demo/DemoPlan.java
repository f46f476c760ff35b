package dev.lodestar.demo;

import java.util.ArrayList;
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
		return new ObjectiveText(title, why, ObjectiveKind.COMMITTED, List.of(), List.of(), List.of(keyResults));
	}

	static ObjectiveText aspirational(String title, String why, KeyResultText... keyResults) {
		return new ObjectiveText(title, why, ObjectiveKind.ASPIRATIONAL, List.of(), List.of(), List.of(keyResults));
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
	 * A roll-up: the weight-averaged progress of the team objectives that contribute to
	 * it; it takes no check-ins.
	 */
	static KeyResultText rollup(String title) {
		return new KeyResultText(title, KeyResultType.ROLLUP, null, null, null, null);
	}

	/**
	 * A team's objectives for the cycle.
	 */
	record TeamObjectives(String team, List<ObjectiveText> objectives) {
	}

	/**
	 * An objective and why it matters. A team objective may contribute to the company's
	 * objectives of the same cycle and their key results ({@code links}); it may be
	 * shared with other teams ({@code sharedWith}, by name), and then every one of them
	 * owns it.
	 */
	record ObjectiveText(String title, String why, ObjectiveKind kind, List<LinkText> links, List<String> sharedWith,
			List<KeyResultText> keyResults) {

		/** Contributes to the company's objective {@code objective}, counted from 1. */
		ObjectiveText alignedTo(int objective) {
			return alignedTo(objective, 0);
		}

		/**
		 * Contributes to a key result of the company's objective {@code objective}
		 * ({@code keyResult}, counted from 1), or to the objective itself for 0.
		 */
		ObjectiveText alignedTo(int objective, int keyResult) {
			return new ObjectiveText(this.title, this.why, this.kind, List.of(new LinkText(objective, keyResult, null)),
					this.sharedWith, this.keyResults);
		}

		/**
		 * Contributes besides, with a weight, to a key result of a company objective (or
		 * to the objective itself for {@code keyResult} 0).
		 */
		ObjectiveText andTo(int objective, int keyResult, double weight) {
			List<LinkText> links = new ArrayList<>(this.links);
			links.add(new LinkText(objective, keyResult, weight));
			return new ObjectiveText(this.title, this.why, this.kind, List.copyOf(links), this.sharedWith,
					this.keyResults);
		}

		/** Gives the first link a weight. */
		ObjectiveText weighing(double weight) {
			List<LinkText> links = new ArrayList<>(this.links);
			LinkText first = links.get(0);
			links.set(0, new LinkText(first.objective(), first.keyResult(), weight));
			return new ObjectiveText(this.title, this.why, this.kind, List.copyOf(links), this.sharedWith,
					this.keyResults);
		}

		/** Shared with other teams, which own it together with the planned team. */
		ObjectiveText sharedWith(String... teams) {
			return new ObjectiveText(this.title, this.why, this.kind, this.links, List.of(teams), this.keyResults);
		}

	}

	/**
	 * A link to a company objective ({@code objective}, counted from 1) or, when
	 * {@code keyResult} is not 0, to one of its key results, with a weight ({@code null}:
	 * the default).
	 */
	record LinkText(int objective, int keyResult, Double weight) {
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
