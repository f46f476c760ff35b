package dev.lodestar.overlaps;

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
 * The coach's rule {@code overlap}: another team of the cycle has a similar objective. A
 * close one is a warning, a less close one worth a thought. A batch reads each cycle's
 * index once and the teams' names once, however many drafts it holds; a batch of a
 * cycle's stored objectives (the coach's summary) looks their partners up in what the
 * index worked out once for all of them.
 */
@Component
class OverlapRule implements CoachRule {

	static final String NAME = "overlap";

	/** How many similar objectives one draft is told about. */
	static final int SHOWN = 3;

	/**
	 * From how many stored objectives of one cycle a batch has the cycle's partners
	 * worked out all at once ({@link Overlaps#neighbours}) rather than searched one by
	 * one.
	 */
	static final int WHOLE_CYCLE = 50;

	private final Overlaps overlaps;

	private final Teams teams;

	OverlapRule(Overlaps overlaps, Teams teams) {
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
		Map<Draft, List<Overlaps.Similar>> found = new IdentityHashMap<>();
		Set<TeamId> named = new HashSet<>();
		Map<CycleId, Integer> stored = new HashMap<>();
		drafts.stream()
			.filter((draft) -> draft.cycleId() != null && draft.stored())
			.forEach((draft) -> stored.merge(draft.cycleId(), 1, Integer::sum));
		for (Draft draft : drafts) {
			if (draft.cycleId() == null || draft.companyWide() || draft.title() == null || draft.title().isBlank()) {
				continue;
			}
			CycleIndexes.Indexed indexed = byCycle.computeIfAbsent(draft.cycleId(),
					(cycle) -> this.overlaps.indexed(cycle, stored.getOrDefault(cycle, 0) >= WHOLE_CYCLE));
			List<Overlaps.Similar> similar = this.overlaps.similar(indexed, draft.teamIds(), draft.objectiveId(),
					draft.title(), draft.description(), SHOWN);
			if (!similar.isEmpty()) {
				found.put(draft, similar);
				similar.forEach((one) -> named.add(one.teamId()));
			}
		}
		if (found.isEmpty()) {
			return;
		}
		Map<TeamId, String> names = this.teams.names(named);
		for (Draft draft : drafts) {
			for (Overlaps.Similar similar : found.getOrDefault(draft, List.of())) {
				String team = names.getOrDefault(similar.teamId(), "another team");
				String message = "Similar to «" + similar.title() + "» of " + team + ".";
				String advice = "Talk to " + team
						+ ": share the objective with them, depend on theirs, or drop one, rather than chase the same thing twice.";
				findings.add(draft,
						(similar.similarity() >= Overlaps.CLOSE) ? Finding.warning(NAME, "title", message, advice)
								: Finding.info(NAME, "title", message, advice));
			}
		}
	}

}
