package dev.lodestar.coach;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Two to five key results per objective: {@code too-few-key-results} when there are fewer
 * (none is a warning, one is worth a thought), {@code too-many-key-results} when there
 * are more than five.
 */
@Configuration(proxyBeanMethods = false)
class KeyResultCountRules {

	static final int FEWEST = 2;

	static final int MOST = 5;

	@Bean
	@Order(20)
	CoachRule tooFewKeyResults() {
		return new CoachRule() {

			@Override
			public String name() {
				return "too-few-key-results";
			}

			@Override
			public void check(List<Draft> drafts, Findings findings) {
				for (Draft draft : drafts) {
					int count = draft.keyResults().size();
					if (count == 0) {
						findings.add(draft,
								Finding.warning(name(), "keyResults",
										"Has no key result: nothing says when the objective is reached.",
										"Add two to five key results, each a number with a start and a target, such as"
												+ " “Checkout completion from 62 % to 80 %”."));
					}
					else if (count < FEWEST) {
						findings.add(draft, Finding.info(name(), "keyResults",
								"Has one key result: a single number is easy to meet in ways that miss the point.",
								"Add a second key result that keeps the first honest: speed with quality,"
										+ " growth with retention."));
					}
				}
			}

		};
	}

	@Bean
	@Order(21)
	CoachRule tooManyKeyResults() {
		return new CoachRule() {

			@Override
			public String name() {
				return "too-many-key-results";
			}

			@Override
			public void check(List<Draft> drafts, Findings findings) {
				for (Draft draft : drafts) {
					int count = draft.keyResults().size();
					if (count > MOST) {
						findings.add(draft,
								Finding.warning(name(), "keyResults",
										"Has " + count + " key results: more than five spreads the focus.",
										"Keep the two to five that best show the objective is reached; make the rest"
												+ " initiatives, or another objective."));
					}
				}
			}

		};
	}

}
