package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.demo.DemoOkrs.Planted;
import dev.lodestar.objectives.CarryOvers;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;

/**
 * The reset between two demo quarters, through {@link CarryOvers}: the team objectives a
 * quarter's habits carry on go into the next quarter while the first is in reflect, each
 * key result that has not reached its target copied with its baseline where it stood, and
 * the copy is published. An objective with fewer than two key results left to carry stays
 * behind, so that every objective keeps two key results or more.
 */
final class DemoCarryOvers {

	private static final int KEY_RESULTS_MIN = 2;

	private final CarryOvers carryOvers;

	private final Objectives objectives;

	DemoCarryOvers(CarryOvers carryOvers, Objectives objectives) {
		this.carryOvers = carryOvers;
		this.objectives = objectives;
	}

	/**
	 * Carries the objectives of cycle {@code from} whose titles the habits name into
	 * cycle {@code into}; {@code planted} are the key results set in {@code from}, which
	 * tell the team that planned each objective. Answers the key results carried.
	 */
	List<Planted> carry(Actor admin, CycleId from, List<Planted> planted, DemoHabits habits, CycleId into) {
		List<Planted> carried = new ArrayList<>();
		if (habits.carriedOn().isEmpty()) {
			return carried;
		}
		for (ObjectiveView view : this.objectives.list(from, null, new Paging(500, 0)).items()) {
			long unreached = view.keyResults().stream().filter((keyResult) -> !keyResult.reached()).count();
			if (!habits.carriedOn().contains(view.objective().title()) || unreached < KEY_RESULTS_MIN) {
				continue;
			}
			String team = planted.stream()
				.filter((one) -> one.keyResult().objectiveId().equals(view.objective().id()))
				.map(Planted::team)
				.findFirst()
				.orElse(null);
			ObjectiveView copy = this.carryOvers.carryOver(admin, view.objective().id(), into, true);
			this.objectives.update(admin, copy.objective().id(), null, DemoOkrs.PUBLISH);
			for (KeyResult keyResult : copy.keyResults()) {
				carried.add(new Planted(keyResult, copy.objective().kind(), team));
			}
		}
		return carried;
	}

}
