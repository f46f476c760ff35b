package dev.lodestar.shared;

/**
 * What no text that Lodestar keeps may hold: NUL characters (PostgreSQL refuses them) and
 * lone UTF-16 surrogates (half of a character, which no encoding can write).
 */
public final class Text {

	private Text() {
	}

	/**
	 * Why a text cannot be kept, in the words of a field error, or {@code null} when it
	 * can.
	 */
	public static String unkeepable(String text) {
		if (text == null) {
			return null;
		}
		if (text.indexOf('\u0000') >= 0) {
			return "must not contain NUL characters";
		}
		return hasLoneSurrogate(text) ? "must not contain lone UTF-16 surrogates" : null;
	}

	public static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
