package dev.lodestar.web;

import dev.lodestar.shared.StaleVersionException;

/**
 * A resource's {@code ETag} is its version. {@code If-Match} carries the version a client
 * read.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header expects, or {@code null} when there is none
	 * (or it is {@code *}): then the last write wins. A header naming no version of ours
	 * matches nothing.
	 */
	public static Long expectedVersion(String ifMatch, String what) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw new StaleVersionException("If-Match " + ifMatch + " names no version of this " + what + ".");
		}
	}

}
