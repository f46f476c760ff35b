package dev.lodestar.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.lodestar.objectives.KeyResultType;

/**
 * A good objective to start from: its title, why it matters, two to four measurable key
 * results, and the weak version of the same objective a team might write instead, with
 * why it is weak. {@code bad} is {@code null} for an organisation's template that has
 * none.
 */
public record Template(TemplateId id, Area area, String title, String description, List<KeyResult> keyResults,
		BadVersion bad, boolean builtIn) {

	public Template {
		keyResults = (keyResults != null) ? Collections.unmodifiableList(new ArrayList<>(keyResults)) : List.of();
	}

	/** Whether some words appear in the title or the description, ignoring case. */
	boolean matches(String words) {
		if (words == null || words.isBlank()) {
			return true;
		}
		String text = (this.title + " " + ((this.description != null) ? this.description : ""))
			.toLowerCase(Locale.ROOT);
		for (String word : words.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A key result of a template, with example numbers that the team replaces with its
	 * own baseline and target.
	 */
	public record KeyResult(String title, KeyResultType type, Double startValue, Double targetValue, String unit) {
	}

	/**
	 * The same objective as a weak team would write it (key results that are tasks, with
	 * no numbers), and why it is weak.
	 */
	public record BadVersion(String title, List<String> keyResults, String why) {

		public BadVersion {
			keyResults = (keyResults != null) ? Collections.unmodifiableList(new ArrayList<>(keyResults)) : List.of();
		}

	}

}
