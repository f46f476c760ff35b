package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.TeamId;
import dev.lodestar.retrospectives.Retrospectives;
import dev.lodestar.shared.Paging;

/**
 * How the demo organisation reflects on a quarter while it is in reflect: the teams that
 * quarter's habits name write their retrospective (held, or written but not held), some
 * write what they learned about an objective, and a lead adjusts one score with a reason.
 */
final class DemoReflection {

	private static final List<String> WORKED = List.of(
			"The Monday calibration took ten minutes and caught two slipping key results early.",
			"Checking in every Friday kept everyone honest; the gaps page told us where to look.",
			"Pairing the key result owners with a data person gave us real baselines for once.",
			"Aligning with the platform team in week two saved us a month of rework.",
			"Writing the wins down made the Friday digest something people looked forward to.");

	private static final List<String> DID_NOT_WORK = List.of(
			"We had five key results on one objective and spread ourselves too thin.",
			"Two key results were really tasks (\"launch the new page\") and told us nothing.",
			"Check-ins dried up in the middle of the quarter during the release crunch.",
			"Our confidence stayed at 7 until the last week, when it dropped to 3.",
			"We depended on another team without asking them whether they could deliver.");

	private static final List<String> CHANGE = List.of(
			"At most three key results per objective, each with a baseline before we commit.",
			"Name the dependency in the alignment workshop and get a yes or no before the quarter starts.",
			"Keep the Monday calibration even in release weeks; skip the demo instead.",
			"Say confidence honestly from week one; a 5 is information, not failure.",
			"Turn task-style key results into initiatives and measure the outcome they should move.");

	private static final List<String> LEARNINGS = List.of(
			"The baseline was wrong by 30 %; measure for two weeks before setting the target.",
			"Customer interviews moved this more than any feature we shipped.",
			"The metric lagged by a month; next time pick a leading indicator.",
			"Committed was the wrong kind for this one: it depended on a vendor.");

	private final Retrospectives retrospectives;

	private final Objectives objectives;

	private final KeyResults keyResults;

	DemoReflection(Retrospectives retrospectives, Objectives objectives, KeyResults keyResults) {
		this.retrospectives = retrospectives;
		this.objectives = objectives;
		this.keyResults = keyResults;
	}

	/**
	 * Plays the reflect phase of a cycle that has just been scored: the teams the
	 * quarter's habits name write their retrospective, held or not, and a lead adjusts
	 * one score. A quarter whose habits name no team (a first cycle) has no reflection at
	 * all. Answers the number of retrospectives written.
	 */
	int play(DemoOrganisation.Organisation organisation, CycleId cycle, DemoHabits habits, Random random) {
		if (habits.retrospectives().isEmpty()) {
			return 0;
		}
		List<Map.Entry<String, Boolean>> teams = new ArrayList<>(habits.retrospectives().entrySet());
		teams.sort(Map.Entry.comparingByKey());
		int written = 0;
		for (Map.Entry<String, Boolean> entry : teams) {
			TeamId team = organisation.team(entry.getKey());
			List<ObjectiveView> objectives = this.objectives.list(cycle, team, new Paging(50, 0)).items();
			if (objectives.isEmpty()) {
				continue;
			}
			boolean held = entry.getValue();
			this.retrospectives.put(organisation.admin(), cycle, team, null, new Retrospectives.Answers(
					pick(WORKED, random), pick(DID_NOT_WORK, random), pick(CHANGE, random), held));
			written++;
			if (held && random.nextInt(3) != 0) {
				this.retrospectives.putLearning(organisation.admin(), objectives.get(0).objective().id(),
						pick(LEARNINGS, random));
			}
		}
		adjustOneScore(organisation, cycle);
		return written;
	}

	/** The first key result that ended just short of its target gets credit, with why. */
	private void adjustOneScore(DemoOrganisation.Organisation organisation, CycleId cycle) {
		Optional<KeyResult> nearlyThere = this.objectives.list(cycle, null, new Paging(500, 0))
			.items()
			.stream()
			.flatMap((view) -> view.keyResults().stream())
			.filter((kr) -> kr.score() != null && kr.score() >= 0.8 && kr.score() < 0.95)
			.findFirst();
		nearlyThere.ifPresent((kr) -> this.keyResults.update(organisation.admin(), kr.id(), null,
				new KeyResults.KeyResultChanges(null, null, null, null, null, null, 1.0,
						Optional.of("The last two customers signed on the first day of the new quarter; "
								+ "the work was done inside the cycle."))));
	}

	private static String pick(List<String> texts, Random random) {
		return texts.get(random.nextInt(texts.size()));
	}

}
