package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.coach.CoachRule;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;
import dev.lodestar.coach.Findings;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * The coach's rule {@code competing}: a key result moves a measure one way while another
 * team's key result in the cycle moves the same measure the other way. Both teams hear
 * it, because the rule finds the pair from either side; champions see every pair in the
 * cycle's overlaps. A batch reads each cycle's index once and the teams' names once; a
 * batch of a cycle's stored objectives looks the competitors up in what the index worked
 * out once for all of them.
 */
@Component
class CompetingRule implements CoachRule {

	static final String NAME = "competing";

	private final Overlaps overlaps;

	private final Teams teams;

	CompetingRule(Overlaps overlaps, Teams teams) {
		this.overlaps = overlaps;
		this.teams = teams;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		Map<CycleId, CycleIndexes.Indexed> byCycle = new HashMap<>();
		Map<Draft, List<Found>> found = new IdentityHashMap<>();
		Set<TeamId> named = new HashSet<>();
		Map<CycleId, Integer> stored = new HashMap<>();
		drafts.stream()
			.filter((draft) -> draft.cycleId() != null && draft.stored())
			.forEach((draft) -> stored.merge(draft.cycleId(), 1, Integer::sum));
		for (Draft draft : drafts) {
			if (draft.cycleId() == null || draft.companyWide()) {
				continue;
			}
			for (int i = 0; i < draft.keyResults().size(); i++) {
				Draft.KeyResultDraft keyResult = draft.keyResults().get(i);
				if (keyResult.title() == null || keyResult.title().isBlank()) {
					continue;
				}
				CycleIndexes.Indexed indexed = byCycle.computeIfAbsent(draft.cycleId(), (cycle) -> this.overlaps
					.indexed(cycle, stored.getOrDefault(cycle, 0) >= OverlapRule.WHOLE_CYCLE));
				Overlaps.Competitor competitor = this.overlaps.competitor(indexed, draft.teamIds(), draft.objectiveId(),
						keyResult.id(), keyResult.title(), keyResult.type(), keyResult.startValue(),
						keyResult.targetValue(), keyResult.unit());
				if (competitor != null) {
					found.computeIfAbsent(draft, (key) -> new ArrayList<>()).add(new Found(i, competitor));
					named.add(competitor.other().teamIds().get(0));
				}
			}
		}
		if (found.isEmpty()) {
			return;
		}
		Map<TeamId, String> names = this.teams.names(named);
		for (Draft draft : drafts) {
			for (Found one : found.getOrDefault(draft, List.of())) {
				Measured other = one.competitor().other();
				String team = names.getOrDefault(other.teamIds().get(0), "another team");
				String way = (other.direction() == Direction.RISES) ? "raise" : "lower";
				findings.add(draft, Finding.warning(NAME, "keyResults[" + one.index() + "].title",
						"Competes with «" + other.keyResult().title() + "» of " + team + ", which means to " + way
								+ " the same measure.",
						"Agree with " + team
								+ " which way the measure should go: share one key result, depend on theirs, or drop one."));
			}
		}
	}

	private record Found(int index, Overlaps.Competitor competitor) {
	}

}
