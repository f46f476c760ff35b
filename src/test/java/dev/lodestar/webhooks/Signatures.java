package dev.lodestar.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a receiving side does to trust a delivery: recompute the HMAC-SHA256 of the raw
 * body with the secret and compare it, in constant time, with the signature header.
 */
final class Signatures {

	private Signatures() {
	}

	static boolean valid(String secret, byte[] body, String header) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		StringBuilder hex = new StringBuilder("sha256=");
		for (byte b : mac.doFinal(body)) {
			hex.append(String.format("%02x", b));
		}
		return header != null && MessageDigest.isEqual(hex.toString().getBytes(StandardCharsets.UTF_8),
				header.getBytes(StandardCharsets.UTF_8));
	}

}
