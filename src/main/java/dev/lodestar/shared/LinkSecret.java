package dev.lodestar.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a link sent by mail (an invitation, a password reset): 256 random bits,
 * written into the link once and kept only as its SHA-256 hash, so that a copy of the
 * database opens nothing.
 *
 * @param value what goes into the link (URL-safe); never stored
 * @param hash what is stored, and looked up with {@link #hashOf(String)} when the link
 * comes back
 */
public record LinkSecret(String value, String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The length of {@link #value()}: links presenting anything else are not ours. */
	public static final int LENGTH = 43;

	public static LinkSecret create() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new LinkSecret(value, hashOf(value));
	}

	/** The hash of what a link presented, to find the row it opens. */
	public static String hashOf(String presented) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Whether a presented value could be one of ours at all (checked before any lookup).
	 */
	public static boolean wellFormed(String presented) {
		return presented != null && presented.length() == LENGTH
				&& presented.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

	@Override
	public String toString() {
		return "LinkSecret[hash=" + this.hash + "]";
	}

}
