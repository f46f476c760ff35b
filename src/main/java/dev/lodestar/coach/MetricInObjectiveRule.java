package dev.lodestar.coach;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code metric-in-objective}: an objective is qualitative and inspiring; a title that
 * carries a measurable change ("Increase revenue by 20 %") is a key result written as an
 * objective. Worth a thought, not a warning.
 */
@Component
@Order(60)
class MetricInObjectiveRule implements CoachRule {

	@Override
	public String name() {
		return "metric-in-objective";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		for (Draft draft : drafts) {
			if (Wording.read(draft.title()).hasQuantity()) {
				findings.add(draft, Finding.info(name(), "title",
						"The objective is a number: objectives are qualitative, key results measure them.",
						"Say the outcome in words, such as “Make paying effortless”, and move the number into a key"
								+ " result: “Checkout completion from 62 % to 80 %”."));
			}
		}
	}

}
