package dev.lodestar.conversations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people are mentioned in a comment: {@code @} followed by the part of their email
 * address before the {@code @} ({@code @ada} for ada@example.com), or by the whole
 * address when two people share that part ({@code @ada@example.com}). A mention starts a
 * word, so an email address written in the text mentions no one; case does not matter,
 * and a full stop or comma after it ends it.
 */
public final class Mentions {

	/** A comment mentions at most this many different handles. */
	public static final int MAX = 20;

	private static final Pattern MENTION = Pattern
		.compile("(?<![\\p{L}\\p{N}_.@+-])@([\\p{L}\\p{N}_%+-]+(?:\\.[\\p{L}\\p{N}_%+-]+)*"
				+ "(?:@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?)");

	private Mentions() {
	}

	/**
	 * The handles a text mentions, lower case, each once, in the order they first appear.
	 */
	public static Set<String> handlesIn(String text) {
		Set<String> handles = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
		}
		return handles;
	}

	/**
	 * A text cut into plain parts and mentions of people, for showing each mention as the
	 * name of the person it names; a handle that names no one stays plain text.
	 */
	public static List<Part> parts(String text, Map<String, String> namesByHandle) {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = MENTION.matcher(text);
		int plainFrom = 0;
		while (matcher.find()) {
			String name = namesByHandle.get(matcher.group(1).toLowerCase(Locale.ROOT));
			if (name == null) {
				continue;
			}
			if (matcher.start() > plainFrom) {
				parts.add(new Part(text.substring(plainFrom, matcher.start()), false));
			}
			parts.add(new Part("@" + name, true));
			plainFrom = matcher.end();
		}
		if (plainFrom < text.length()) {
			parts.add(new Part(text.substring(plainFrom), false));
		}
		return parts;
	}

	/**
	 * A piece of a comment: plain text, or a mention shown as the person's name.
	 */
	public record Part(String text, boolean mention) {
	}

}
