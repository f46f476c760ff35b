package dev.lodestar.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.objectives.ObjectivesOfCycle.Owned;
import dev.lodestar.organization.TeamId;

/**
 * What the teams of a batch of drafts own in their cycles, read with one statement per
 * cycle of the batch (one for a cycle's summary): for each team (or the company, as
 * {@code null}), the objectives it owns that are not archived.
 */
final class Ownership {

	private final Map<CycleId, Map<TeamId, List<Owned>>> byCycle = new HashMap<>();

	private Ownership() {
	}

	static Ownership of(List<Draft> drafts, ObjectivesOfCycle objectives) {
		Ownership ownership = new Ownership();
		Map<CycleId, Set<TeamId>> teams = new HashMap<>();
		Map<CycleId, Boolean> company = new HashMap<>();
		for (Draft draft : drafts) {
			if (draft.cycleId() == null) {
				continue;
			}
			teams.computeIfAbsent(draft.cycleId(), (cycle) -> new LinkedHashSet<>()).addAll(draft.teamIds());
			company.merge(draft.cycleId(), draft.companyWide(), Boolean::logicalOr);
		}
		teams.forEach((cycle, owners) -> {
			Map<TeamId, List<Owned>> owned = new HashMap<>();
			for (Owned row : objectives.ownedBy(cycle, owners, company.get(cycle))) {
				owned.computeIfAbsent(row.team(), (team) -> new ArrayList<>()).add(row);
			}
			ownership.byCycle.put(cycle, owned);
		});
		return ownership;
	}

	/**
	 * The objectives a team (or the company, {@code null}) owns in a draft's cycle, the
	 * draft itself left out.
	 */
	List<Owned> othersOf(Draft draft, TeamId team) {
		List<Owned> owned = this.byCycle.getOrDefault(draft.cycleId(), Map.of()).getOrDefault(team, List.of());
		ObjectiveId self = draft.objectiveId();
		return (self == null) ? owned : owned.stream().filter((row) -> !Objects.equals(row.objective(), self)).toList();
	}

	/** The owners a draft is judged for: its teams, or the company. */
	static List<TeamId> ownersOf(Draft draft) {
		if (draft.companyWide()) {
			List<TeamId> company = new ArrayList<>();
			company.add(null);
			return company;
		}
		return draft.teamIds();
	}

}
