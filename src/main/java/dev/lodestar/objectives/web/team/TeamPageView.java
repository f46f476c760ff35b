package dev.lodestar.objectives.web.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Score;
import dev.lodestar.objectives.ScoreHistory;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.objectives.web.editing.ObjectiveForm;
import dev.lodestar.objectives.web.editing.ParentPicker;

/**
 * What the team page shows: the team, the cycles to choose from, the chosen cycle, the
 * team's objectives in it, and the form for a new objective.
 *
 * @param cycle the chosen cycle, or {@code null} before the first cycle exists
 * @param mayCreate whether the person looking may set objectives for the team in this
 * cycle
 * @param form what the new objective's form holds
 * @param errors why the new objective was refused, by field
 * @param parents what a new objective contributes to, and the search for more
 * @param sections what other features show of the team in the cycle
 * @param glance the objectives' state at a glance, or {@code null} without a cycle
 */
record TeamPageView(Heading team, List<Choices.Choice> cycles, CycleLine cycle, List<TeamObjectiveCard> cards,
		boolean mayCreate, ObjectiveForm form, Map<String, String> errors, ParentPicker parents,
		List<PastCycle> history, List<TeamPageSection.Shown> sections, TeamGlance glance) {

	public List<String> kinds() {
		return List.of(ObjectiveKind.ASPIRATIONAL.value(), ObjectiveKind.COMMITTED.value());
	}

	/**
	 * The field of the new objective's form that needs fixing first, or {@code null}.
	 */
	public String focus() {
		return ObjectiveForm.FIELDS.stream()
			.filter((field) -> this.errors.keySet().stream().anyMatch((error) -> error.startsWith(field)))
			.findFirst()
			.orElse(null);
	}

	public String action() {
		return "/teams/" + this.team.id() + "/objectives";
	}

	/**
	 * The team: its name, its parent (or {@code null}), and the names of its leads.
	 */
	record Heading(String id, String name, String parentId, String parentName, List<String> leads) {
	}

	/**
	 * A past cycle of the team with how it scored: the average objective score in its
	 * band ({@code null} while none is scored) and how many objectives met their
	 * expectation.
	 */
	record PastCycle(String id, String name, LocalDate startDate, LocalDate endDate, int objectives,
			String averageScore, String band, String bandRange, int met) {

		static PastCycle of(ScoreHistory.CycleScores scores) {
			Double average = scores.averageScore();
			Score.Band band = (average != null) ? Score.Band.of(average) : null;
			return new PastCycle(scores.cycleId().toString(), scores.name(), scores.startDate(), scores.endDate(),
					scores.objectives(), (average != null) ? Score.format(average) : null,
					(band != null) ? band.css() : null, (band != null) ? band.range() : null, scores.met());
		}

	}

	/**
	 * The chosen cycle, with its phase and what the phase is for.
	 */
	record CycleLine(String id, String name, String phase, String purpose, LocalDate startDate, LocalDate endDate,
			boolean closed) {

		static CycleLine of(Cycle cycle) {
			return new CycleLine(cycle.id().toString(), cycle.name(), cycle.phase().value(), cycle.phase().purpose(),
					cycle.startDate(), cycle.endDate(), cycle.isClosed());
		}

	}

}
