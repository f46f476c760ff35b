package dev.lodestar.coach;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.organization.TeamId;

/**
 * {@code too-many-objectives}: one to five objectives per team per cycle, counting the
 * draft being written. The company's own objectives are held to the same number. One
 * statement per cycle of the batch.
 */
@Component
@Order(30)
class TooManyObjectivesRule implements CoachRule {

	static final int MOST = 5;

	private final ObjectivesOfCycle objectives;

	TooManyObjectivesRule(ObjectivesOfCycle objectives) {
		this.objectives = objectives;
	}

	@Override
	public String name() {
		return "too-many-objectives";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		Ownership ownership = Ownership.of(drafts, this.objectives);
		for (Draft draft : drafts) {
			int most = 0;
			for (TeamId team : Ownership.ownersOf(draft)) {
				most = Math.max(most, ownership.othersOf(draft, team).size() + 1);
			}
			if (most > MOST) {
				String who = draft.companyWide() ? "The company has " + most + " company-wide objectives"
						: (draft.teamIds().size() == 1) ? "The team has " + most + " objectives"
								: "A team that owns it has " + most + " objectives";
				findings.add(draft, Finding.warning(name(), draft.companyWide() ? "cycleId" : "teamId",
						who + " in this cycle, this one included: more than five spreads the focus.",
						"Keep the few that matter most this cycle; merge the close ones, and leave the rest for a"
								+ " later cycle or as work under the ones you keep."));
			}
		}
	}

}
