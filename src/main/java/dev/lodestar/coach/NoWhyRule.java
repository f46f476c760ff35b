package dev.lodestar.coach;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code no-why}: an objective says why it matters. No description, one that repeats the
 * title, or a few words ("Important", "Q3 priority") says nothing about why; it takes a
 * sentence.
 */
@Component
@Order(10)
class NoWhyRule implements CoachRule {

	/** Fewer words than this is not a why. */
	static final int WORDS_MIN = 6;

	@Override
	public String name() {
		return "no-why";
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		for (Draft draft : drafts) {
			String why = (draft.description() != null) ? draft.description().strip() : "";
			String advice = "Write a sentence or two on why this matters now and to whom: the why is what lets"
					+ " other teams align to it and people choose between this and other work.";
			if (why.isEmpty()) {
				findings.add(draft,
						Finding.warning(name(), "description", "Says nothing about why it matters.", advice));
			}
			else if (draft.title() != null && normal(why).equals(normal(draft.title()))) {
				findings.add(draft, Finding.warning(name(), "description",
						"The why repeats the title: it says what, not why it matters.", advice));
			}
			else if (why.split("\\s+").length < WORDS_MIN) {
				findings.add(draft, Finding.warning(name(), "description",
						"A few words are not a why: “" + why + "” does not say why it matters.", advice));
			}
		}
	}

	private static String normal(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
