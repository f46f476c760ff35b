package dev.lodestar.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lodestar.shared.FieldErrors;

/**
 * What a new password must be: 8 characters or more, at most 72 bytes (what the hash
 * reads), not one of the 10,000 most common passwords (in any mix of upper and lower
 * case), and not the person's email.
 */
final class PasswordRules {

	static final int MIN = 8;

	static final int MAX_BYTES = 72;

	private static final String COMMON = "/passwords/common-passwords.txt";

	private static final Set<String> common = load();

	private PasswordRules() {
	}

	/**
	 * Adds the rules a password breaks to the errors, under {@code field}; answers
	 * whether it keeps them all.
	 */
	static boolean check(FieldErrors errors, String field, String password, String email) {
		if (password.length() < MIN) {
			errors.add(field, "must be at least " + MIN + " characters");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.add(field, "must be at most " + MAX_BYTES + " bytes");
		}
		else if (common.contains(password.toLowerCase(Locale.ROOT))) {
			errors.add(field, "is one of the 10,000 most common passwords; choose one that is harder to guess");
		}
		else if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
			errors.add(field, "must not be your email address");
		}
		else {
			return true;
		}
		return false;
	}

	private static Set<String> load() {
		try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON);
			}
			var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines();
			return lines.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
