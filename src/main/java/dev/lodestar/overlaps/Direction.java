package dev.lodestar.overlaps;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.lodestar.objectives.KeyResultType;

/**
 * Which way a key result moves its measure. A metric says it with its numbers (a target
 * above the start rises, below falls); a percentage, whose numbers are often just 0 to
 * 100 done, says it with its words ("increase", "reduce"), and with its numbers only when
 * it has no such word. Milestones and roll-ups move no measure.
 */
public enum Direction {

	RISES, FALLS;

	private static final Set<String> UP = Set.of("increase", "increases", "increased", "increasing", "raise", "raises",
			"raising", "grow", "grows", "growing", "improve", "improves", "improving", "boost", "boosts", "expand",
			"expands", "more", "higher", "maximise", "maximize", "double", "triple", "lift", "gain", "accelerate",
			"up");

	private static final Set<String> DOWN = Set.of("reduce", "reduces", "reduced", "reducing", "decrease", "decreases",
			"decreasing", "cut", "cuts", "cutting", "lower", "lowers", "lowering", "lessen", "shrink", "shrinks",
			"drop", "drops", "decline", "minimise", "minimize", "fewer", "less", "halve", "halving", "eliminate",
			"down", "limit", "shorten", "slash");

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*\\s*(?:%|k\\b|m\\b)?");

	/**
	 * The way a key result moves, or {@code null} when it moves no measure either way.
	 */
	static Direction of(KeyResultType type, String title, Double start, Double target) {
		if (type == KeyResultType.METRIC) {
			Direction byNumbers = byNumbers(start, target);
			return (byNumbers != null) ? byNumbers : byWords(title);
		}
		if (type == KeyResultType.PERCENTAGE) {
			Direction byWords = byWords(title);
			return (byWords != null) ? byWords : byNumbers(start, target);
		}
		return null;
	}

	/** The way the first direction word of a text points, or {@code null}. */
	static Direction byWords(String text) {
		if (text == null) {
			return null;
		}
		var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (words.find()) {
			if (UP.contains(words.group())) {
				return RISES;
			}
			if (DOWN.contains(words.group())) {
				return FALLS;
			}
		}
		return null;
	}

	private static Direction byNumbers(Double start, Double target) {
		if (start == null || target == null || start.equals(target)) {
			return null;
		}
		return (target > start) ? RISES : FALLS;
	}

	Direction opposite() {
		return (this == RISES) ? FALLS : RISES;
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * What a key result measures: its title without numbers and direction words, with its
	 * unit — "Reduce churn from 5% to 3%" measures "churn %".
	 */
	static String measure(String title, String unit) {
		String text = NUMBER.matcher((title != null) ? title : "").replaceAll(" ");
		StringBuilder measure = new StringBuilder();
		var words = Pattern.compile("\\S+").matcher(text);
		while (words.find()) {
			String word = words.group();
			String bare = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
			if (!UP.contains(bare) && !DOWN.contains(bare) && !STOP.contains(bare)) {
				measure.append(measure.isEmpty() ? "" : " ")
					.append(word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""));
			}
		}
		if (unit != null && !unit.isBlank()) {
			measure.append(" ").append(unit.strip());
		}
		return measure.toString().strip().replaceAll("\\s+", " ");
	}

	/** Words around the numbers of a key result that say nothing about its measure. */
	private static final Set<String> STOP = Set.of("from", "to", "by", "at", "of", "the", "a", "an", "in", "per",
			"than", "below", "above", "under", "over", "keep", "stay", "reach", "get", "least", "most", "");

}
