package dev.lodestar.coach;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.organization.TeamId;

/**
 * {@code no-aspirational}: a committed objective whose team has no aspirational one in
 * the cycle. OKRs are for stretching; a team whose every objective must be met in full is
 * planning, not reaching. Worth a thought, on the committed objectives only, where a
 * change of kind would answer it. One statement per cycle of the batch.
 */
@Component
@Order(70)
class NoAspirationalRule implements CoachRule {

	private final ObjectivesOfCycle objectives;

	NoAspirationalRule(ObjectivesOfCycle objectives) {
		this.objectives = objectives;
	}

	@Override
	public String name() {
		return "no-aspirational";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		List<Draft> committed = drafts.stream().filter((draft) -> draft.kind() == ObjectiveKind.COMMITTED).toList();
		if (committed.isEmpty()) {
			return;
		}
		Ownership ownership = Ownership.of(committed, this.objectives);
		for (Draft draft : committed) {
			boolean stretches = false;
			for (TeamId team : Ownership.ownersOf(draft)) {
				stretches |= ownership.othersOf(draft, team)
					.stream()
					.anyMatch((owned) -> owned.kind() == ObjectiveKind.ASPIRATIONAL);
			}
			if (!stretches) {
				findings.add(draft, Finding.info(name(), "kind",
						"Every objective of this team in the cycle is committed, this one included.",
						"Make at least one aspirational: a stretch, where 0.7 counts as success, is what OKRs are"
								+ " for; committed objectives are the ones that must be met in full."));
			}
		}
	}

}
