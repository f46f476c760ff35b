package dev.lodestar.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.organization.TeamId;

/**
 * {@code no-baseline}: from a team's third cycle on, its measures should start from what
 * earlier cycles measured. A metric or percentage key result that neither tracks a metric
 * from the library nor continues one carried over is a finding: a warning when it starts
 * from nothing (no start, or zero), worth a thought when its start was typed in. A team
 * in its first or second cycle is still finding its baselines, so nothing is said. One
 * statement per cycle of the batch.
 */
@Component
@Order(55)
class NoBaselineRule implements CoachRule {

	/** The cycles a team has had before the one from which baselines are expected. */
	static final int EARLIER_CYCLES = 2;

	private final ObjectivesOfCycle objectives;

	NoBaselineRule(ObjectivesOfCycle objectives) {
		this.objectives = objectives;
	}

	@Override
	public String name() {
		return "no-baseline";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		Map<CycleId, List<Draft>> byCycle = new LinkedHashMap<>();
		for (Draft draft : drafts) {
			if (draft.cycleId() != null && !draft.companyWide()
					&& draft.keyResults().stream().anyMatch(this::unbased)) {
				byCycle.computeIfAbsent(draft.cycleId(), (cycle) -> new ArrayList<>()).add(draft);
			}
		}
		byCycle.forEach((cycle, inCycle) -> {
			Set<TeamId> teams = new LinkedHashSet<>();
			inCycle.forEach((draft) -> teams.addAll(draft.teamIds()));
			Map<TeamId, Integer> earlier = this.objectives.earlierCycles(cycle, teams);
			for (Draft draft : inCycle) {
				int most = draft.teamIds().stream().mapToInt((team) -> earlier.getOrDefault(team, 0)).max().orElse(0);
				if (most >= EARLIER_CYCLES) {
					check(draft, most + 1, findings);
				}
			}
		});
	}

	private void check(Draft draft, int cycleNumber, Findings findings) {
		for (int i = 0; i < draft.keyResults().size(); i++) {
			KeyResultDraft keyResult = draft.keyResults().get(i);
			if (!unbased(keyResult)) {
				continue;
			}
			String advice = "Track it as a metric from the library: it then starts from the metric's latest value,"
					+ " and what it measures this cycle is the next cycle's baseline.";
			boolean fromNothing = keyResult.startValue() == null || keyResult.startValue() == 0;
			findings.add(draft, fromNothing
					? Finding.warning(name(), Draft.keyResultField(i, "startValue"),
							"Has no baseline in the team's cycle " + cycleNumber
									+ ": by now its measures should start from what earlier cycles measured.",
							advice)
					: Finding.info(name(), Draft.keyResultField(i, "metricId"),
							"Starts from a typed value that no earlier cycle measured (the team's cycle " + cycleNumber
									+ ").",
							advice));
		}
	}

	private boolean unbased(KeyResultDraft keyResult) {
		return (keyResult.type() == KeyResultType.METRIC || keyResult.type() == KeyResultType.PERCENTAGE)
				&& keyResult.title() != null && !keyResult.title().isBlank() && !keyResult.continuesHistory();
	}

}
