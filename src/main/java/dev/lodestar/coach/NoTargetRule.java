package dev.lodestar.coach;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.objectives.KeyResultType;

/**
 * {@code no-target}: a key result has a number and a target. A metric without a start or
 * a target, a metric or percentage whose start is its target (nothing to move), and a key
 * result of no type whose title holds no number all say nothing about when they are met.
 * Milestones (done or not) and roll-ups (measured by what contributes to them) are left
 * to other rules.
 */
@Component
@Order(50)
class NoTargetRule implements CoachRule {

	@Override
	public String name() {
		return "no-target";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		for (Draft draft : drafts) {
			for (int i = 0; i < draft.keyResults().size(); i++) {
				Finding finding = finding(draft.keyResults().get(i), i);
				if (finding != null) {
					findings.add(draft, finding);
				}
			}
		}
	}

	private Finding finding(KeyResultDraft keyResult, int index) {
		if (keyResult.title() == null || keyResult.title().isBlank()) {
			return null;
		}
		KeyResultType type = keyResult.type();
		if (type == null) {
			return Wording.read(keyResult.title()).hasNumber() ? null
					: Finding.warning(name(), Draft.keyResultField(index, "title"),
							"Has no number: nothing tells when it is reached.",
							"Give it a start and a target, such as “Checkout completion from 62 % to 80 %”, and make it"
									+ " a metric or a percentage.");
		}
		if (type == KeyResultType.METRIC && keyResult.startValue() == null) {
			return Finding.warning(name(), Draft.keyResultField(index, "startValue"),
					"Has no start value: progress needs a point to count from.",
					"Write where the measure stands today; if nobody knows yet, measuring it is the first step.");
		}
		if (type == KeyResultType.METRIC && keyResult.targetValue() == null) {
			return Finding.warning(name(), Draft.keyResultField(index, "targetValue"),
					"Has no target: nothing tells when it is reached.",
					"Say what value would count as success by the end of the cycle.");
		}
		if (type == KeyResultType.METRIC || type == KeyResultType.PERCENTAGE) {
			double start = (keyResult.startValue() != null) ? keyResult.startValue() : 0;
			double target = (keyResult.targetValue() != null) ? keyResult.targetValue() : 100;
			if (start == target) {
				return Finding.warning(name(), Draft.keyResultField(index, "targetValue"),
						"Its start and target are the same: there is nothing to move.",
						"Set the target where the measure should be at the end of the cycle; to hold a value, say"
								+ " so in the title and start from where it would fall without effort.");
			}
		}
		return null;
	}

}
