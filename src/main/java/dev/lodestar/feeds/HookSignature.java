package dev.lodestar.feeds;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a hook call: {@code sha256=} and the hex HMAC-SHA256 of the raw body,
 * keyed with the hook's secret. Signatures are compared in constant time.
 */
public final class HookSignature {

	/** The header a hook call carries its signature in. */
	public static final String HEADER = "X-Lodestar-Signature";

	private static final String SCHEME = "sha256=";

	private static final String ALGORITHM = "HmacSHA256";

	private HookSignature() {
	}

	/**
	 * The header value that signs {@code body} with {@code secret}.
	 */
	public static String of(String secret, byte[] body) {
		return SCHEME + HexFormat.of().formatHex(hmac(secret, body));
	}

	/**
	 * Whether {@code header} is the signature of {@code body} with {@code secret}.
	 */
	static boolean matches(String secret, byte[] body, String header) {
		if (header == null || !header.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.strip().substring(SCHEME.length()).toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(secret, body), given);
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
