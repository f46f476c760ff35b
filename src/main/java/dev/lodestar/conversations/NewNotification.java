package dev.lodestar.conversations;

import java.util.regex.Pattern;

import dev.lodestar.organization.PersonId;

/**
 * A notification to post to one person. The kind is a short lower-case word that says
 * what it is about ({@code mention}, {@code kudos}); the text a sentence of up to 500
 * characters; the link a path inside Lodestar, such as {@code /check-ins/...}.
 */
public record NewNotification(PersonId to, String kind, String text, String link) {

	static final int TEXT_MAX = 500;

	private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");

	public NewNotification {
		if (to == null) {
			throw new IllegalArgumentException("A notification needs someone to go to");
		}
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A notification's kind is a short lower-case word: " + kind);
		}
		if (link == null || !link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("A notification links to a path inside Lodestar: " + link);
		}
		text = shortened((text != null) ? text.strip() : "");
		if (text.isEmpty()) {
			throw new IllegalArgumentException("A notification says what happened");
		}
	}

	private static String shortened(String text) {
		if (text.codePointCount(0, text.length()) <= TEXT_MAX) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, TEXT_MAX - 1)) + "…";
	}

}
