package dev.lodestar.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The benchmark's API tokens: person {@code n} has {@code lst_benchmark<n>}; the database
 * holds its SHA-256, as Lodestar stores every token.
 */
final class Tokens {

	private Tokens() {
	}

	static String of(int person) {
		return "lst_benchmark" + person;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
