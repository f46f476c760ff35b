package dev.lodestar.coach;

/**
 * What the coach found in a draft: the rule, how much it matters, the field it is about
 * ({@code title}, {@code description}, {@code keyResults[2].title}, or {@code null} for
 * the objective as a whole), the reason in a sentence, and what to do instead.
 */
public record Finding(String rule, Severity severity, String field, String message, String advice) {

	public static Finding warning(String rule, String field, String message, String advice) {
		return new Finding(rule, Severity.WARNING, field, message, advice);
	}

	public static Finding info(String rule, String field, String message, String advice) {
		return new Finding(rule, Severity.INFO, field, message, advice);
	}

}
