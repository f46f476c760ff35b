package dev.lodestar.templates;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.lodestar.coach.CoachRule;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;
import dev.lodestar.coach.Findings;
import dev.lodestar.objectives.ObjectiveId;

/**
 * The coach's rule {@code template-unchanged}: a template is an example, not the team's
 * objective. While a draft started from a template keeps the template's title, or a key
 * result keeps the template's title and example numbers, the team has not yet made it
 * theirs: the numbers are someone else's baseline, and the words someone else's
 * situation. One statement for a whole batch of drafts.
 */
@Component
class TemplateUnchanged implements CoachRule {

	static final String NAME = "template-unchanged";

	private final TemplateUses uses;

	TemplateUnchanged(TemplateUses uses) {
		this.uses = uses;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void check(List<Draft> drafts, Findings findings) {
		List<ObjectiveId> stored = drafts.stream().map(Draft::objectiveId).filter(Objects::nonNull).distinct().toList();
		if (stored.isEmpty()) {
			return;
		}
		Map<ObjectiveId, TemplateUses.Use> used = this.uses.of(stored);
		for (Draft draft : drafts) {
			TemplateUses.Use use = (draft.objectiveId() != null) ? used.get(draft.objectiveId()) : null;
			if (use != null) {
				check(draft, use, findings);
			}
		}
	}

	private static void check(Draft draft, TemplateUses.Use use, Findings findings) {
		if (same(draft.title(), use.title())) {
			findings.add(draft, Finding.warning(NAME, "title",
					"Adapt the template: the title is still the template's, word for word.",
					"Say what your team wants to achieve this cycle, in your own words and for your own customers or "
							+ "colleagues; keep the template only as an example of the shape."));
		}
		for (int i = 0; i < draft.keyResults().size(); i++) {
			Draft.KeyResultDraft keyResult = draft.keyResults().get(i);
			if (use.keyResults().stream().anyMatch((example) -> unchanged(keyResult, example))) {
				findings.add(draft, Finding.warning(NAME, "keyResults[" + i + "].title",
						"Adapt the template: this key result still has the template's title and example numbers.",
						"Measure where you stand today and put that as the start, choose a target that would make the "
								+ "objective met for your team, and rename the measure if yours is different."));
			}
		}
	}

	/** A key result is the template's while its title, start and target are. */
	private static boolean unchanged(Draft.KeyResultDraft keyResult, Template.KeyResult example) {
		return same(keyResult.title(), example.title()) && Objects.equals(keyResult.startValue(), example.startValue())
				&& Objects.equals(keyResult.targetValue(), example.targetValue());
	}

	private static boolean same(String typed, String template) {
		return typed != null && template != null && normal(typed).equals(normal(template));
	}

	private static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
