package dev.lodestar.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request's raw query string, decoded strictly: every name and value must be
 * percent-encoded UTF-8. The servlet container would replace or choke on other bytes;
 * here they name the parameter that carries them.
 */
final class QueryString {

	private QueryString() {
	}

	/**
	 * The name of the first parameter whose name or value is not UTF-8 (or not well
	 * percent-encoded), or {@code null} when every one is.
	 */
	static String firstMalformed(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String decodedName = decode(name);
			if (decodedName == null) {
				return "query";
			}
			if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
				return decodedName;
			}
		}
		return null;
	}

	/** The text, or {@code null} when it is not percent-encoded UTF-8. */
	static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c > 0x7F) {
				return null;
			}
			else {
				bytes.write((c == '+') ? ' ' : c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
