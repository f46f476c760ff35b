package dev.lodestar.guide;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the shell of the API guide's examples: variable assignments
 * ({@code export X=...}) and commands, with single and double quotes, {@code $VAR} and
 * backslash-newline, as a POSIX shell would split them. Two command substitutions are
 * understood: this week's Monday, {@code $(date -d 'last monday' +%F)}, and the
 * lower-case hex HMAC-SHA256 of a variable keyed with another, as the guide signs a
 * hook's body:
 * {@code $(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')}.
 */
final class GuideShell {

	static final String LAST_MONDAY = "$(date -d 'last monday' +%F)";

	static final Pattern HMAC = Pattern
		.compile(Pattern.quote("$(printf '%s' \"$") + "([A-Z_]+)" + Pattern.quote("\" | openssl dgst -sha256 -hmac \"$")
				+ "([A-Z_]+)" + Pattern.quote("\" | sed 's/^.* //')"));

	private GuideShell() {
	}

	/**
	 * The commands of a block, as written (a quote or a backslash carries one over
	 * lines).
	 */
	static List<String> commands(String block) {
		List<String> commands = new ArrayList<>();
		int start = 0;
		char quote = 0;
		for (int i = 0; i < block.length(); i++) {
			char c = block.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
				i += (c == '\\' && quote == '"') ? 1 : 0;
			}
			else if (c == '\'' || c == '"') {
				quote = c;
			}
			else if (c == '\\') {
				i++;
			}
			else if (c == '\n') {
				if (!block.substring(start, i).isBlank()) {
					commands.add(block.substring(start, i));
				}
				start = i + 1;
			}
		}
		if (!block.substring(start).isBlank()) {
			commands.add(block.substring(start));
		}
		return commands;
	}

	/** One command split into its words, its variables expanded. */
	static List<String> words(String command, Map<String, String> variables) {
		String text = hmac(command.replace(LAST_MONDAY, lastMonday()), variables);
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i += 2;
			}
			else if (c == '\n' || c == ' ' || c == '\t') {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				i++;
			}
			else {
				word = (word != null) ? word : new StringBuilder();
				i = readPart(text, i, word, variables);
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		return words;
	}

	private static int readPart(String text, int i, StringBuilder word, Map<String, String> variables) {
		char c = text.charAt(i);
		if (c == '\'') {
			int end = text.indexOf('\'', i + 1);
			word.append(text, i + 1, end);
			return end + 1;
		}
		if (c == '"') {
			int j = i + 1;
			while (text.charAt(j) != '"') {
				char d = text.charAt(j);
				if (d == '\\' && "\"\\$".indexOf(text.charAt(j + 1)) >= 0) {
					word.append(text.charAt(j + 1));
					j += 2;
				}
				else if (d == '$') {
					j = expand(text, j, word, variables);
				}
				else {
					word.append(d);
					j++;
				}
			}
			return j + 1;
		}
		if (c == '$') {
			return expand(text, i, word, variables);
		}
		if (c == '\\') {
			word.append(text.charAt(i + 1));
			return i + 2;
		}
		word.append(c);
		return i + 1;
	}

	private static int expand(String text, int i, StringBuilder word, Map<String, String> variables) {
		int j = i + 1;
		while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
			j++;
		}
		String name = text.substring(i + 1, j);
		if (!variables.containsKey(name)) {
			throw new AssertionError("docs/api.md uses $" + name + " before setting it");
		}
		word.append(variables.get(name));
		return j;
	}

	private static String hmac(String command, Map<String, String> variables) {
		Matcher matcher = HMAC.matcher(command);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result,
					hmacSha256Hex(value(variables, matcher.group(2)), value(variables, matcher.group(1))));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String value(Map<String, String> variables, String name) {
		if (!variables.containsKey(name)) {
			throw new AssertionError("docs/api.md uses $" + name + " before setting it");
		}
		return variables.get(name);
	}

	/** The lower-case hex HMAC-SHA256 of a text's UTF-8 bytes, keyed with another's. */
	static String hmacSha256Hex(String key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String lastMonday() {
		return LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).toString();
	}

}
