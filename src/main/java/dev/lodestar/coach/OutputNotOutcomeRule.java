package dev.lodestar.coach;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.objectives.KeyResultType;

/**
 * {@code output-not-outcome}: a key result names a deliverable (an output) rather than a
 * measurable change (an outcome). It weighs several signals rather than a list of verbs:
 * whether the title starts with a piece of work or names a deliverable, whether it speaks
 * of a change or of a measure that matters to someone, whether it carries a measurable
 * change (a percentage, "from 40 to 25", "under 2 s") or only a count of work, and the
 * key result's type (a milestone is an output by nature; a metric or percentage with a
 * start and a different target measures a change). An objective whose title starts with a
 * piece of work is pointed out too, as worth a thought. What it catches and misses is
 * written down in the user guide.
 */
@Component
@Order(40)
class OutputNotOutcomeRule implements CoachRule {

	static final String NAME = "output-not-outcome";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		for (Draft draft : drafts) {
			Wording.Read objective = Wording.read(draft.title());
			String work = objective.leadingActivity();
			if (work != null || objective.namesDeliverable()) {
				findings.add(draft,
						Finding.info(NAME, "title", (work != null)
								? "The objective names a piece of work (“" + work + "”), not the outcome it is for."
								: "The objective names a deliverable, not the outcome it is for.",
								"Say what will be better, and for whom: “Make paying effortless” rather than “Launch the"
										+ " new checkout”. The work becomes initiatives."));
			}
			for (int i = 0; i < draft.keyResults().size(); i++) {
				KeyResultDraft keyResult = draft.keyResults().get(i);
				Finding finding = finding(verdict(keyResult), keyResult, Draft.keyResultField(i, "title"));
				if (finding != null) {
					findings.add(draft, finding);
				}
			}
		}
	}

	/** What a key result's title and type say it is. */
	static Verdict verdict(KeyResultDraft keyResult) {
		Wording.Read title = Wording.read(keyResult.title());
		KeyResultType type = keyResult.type();
		if (title.isEmpty() || type == KeyResultType.ROLLUP) {
			return Verdict.NOT_READ;
		}
		boolean outcome = title.speaksOfOutcome();
		boolean quantity = title.hasQuantity();
		if (type == KeyResultType.MILESTONE) {
			return (outcome && quantity) ? Verdict.OUTCOME : Verdict.MILESTONE;
		}
		boolean measuredChange = (type == KeyResultType.METRIC || type == KeyResultType.PERCENTAGE)
				&& keyResult.startValue() != null && keyResult.targetValue() != null
				&& !keyResult.startValue().equals(keyResult.targetValue());
		if (title.leadingActivity() != null || title.namesDeliverable()) {
			if (outcome && quantity) {
				return Verdict.LEADS_WITH_WORK;
			}
			return (title.hasNumber() || measuredChange) ? Verdict.COUNTED_OUTPUT : Verdict.OUTPUT;
		}
		if (!quantity && !measuredChange && !title.hasNumber()) {
			return Verdict.UNMEASURED;
		}
		if (!outcome && !quantity && title.hasDeliverable()) {
			// "Number of blog posts, 0 to 10" counts work; "Help articles rated helpful,
			// 61 to 80 %"
			// measures what the work does for someone
			boolean share = type == KeyResultType.PERCENTAGE || "%".equals(keyResult.unit());
			return (measuredChange && (share || title.measuresAnEffect())) ? Verdict.OUTCOME : Verdict.COUNTED_OUTPUT;
		}
		return Verdict.OUTCOME;
	}

	private static Finding finding(Verdict verdict, KeyResultDraft keyResult, String field) {
		String work = Wording.read(keyResult.title()).leadingActivity();
		String named = (work != null) ? " (“" + work + "”)" : "";
		return switch (verdict) {
			case OUTPUT -> Finding.warning(NAME, field,
					"Names a piece of work" + named + " without a measurable change: an initiative, not a key result.",
					"Ask what should change once the work is done, and measure that, such as “Onboarding completion"
							+ " from 40 % to 70 %”; keep the work as an initiative.");
			case COUNTED_OUTPUT -> Finding.warning(NAME, field,
					"Counts work done" + named + ", not the change the work should bring.",
					"Measure what the work is meant to change, such as the sign-ups the posts bring or the hours the"
							+ " tool saves; keep the count as an initiative.");
			case LEADS_WITH_WORK ->
				Finding.info(NAME, field, "Leads with the work" + named + " before the change it measures.",
						"Put the change first and keep the work as an initiative: “Sign-ups up 15 %” rather than"
								+ " “Launch a referral programme to grow sign-ups by 15 %”.");
			case MILESTONE ->
				Finding.info(NAME, field, "A milestone is done or not: it marks a deliverable, an output.",
						"Keep it if the deliverable itself matters this cycle; otherwise measure the change it should"
								+ " bring, as a metric or a percentage.");
			default -> null;
		};
	}

	/**
	 * What a key result is, as the rule reads it.
	 */
	enum Verdict {

		/** A measurable change: nothing to say. */
		OUTCOME,

		/** A piece of work or a deliverable, without a number. */
		OUTPUT,

		/** A piece of work counted ("Publish 10 blog posts"), or measured from 0 to 1. */
		COUNTED_OUTPUT,

		/** A piece of work followed by the change it should bring. */
		LEADS_WITH_WORK,

		/** A milestone that names no measurable change. */
		MILESTONE,

		/** No number at all: {@code no-target} says so. */
		UNMEASURED,

		/** Nothing to read (no title yet) or a roll-up, measured by its contributors. */
		NOT_READ

	}

}
