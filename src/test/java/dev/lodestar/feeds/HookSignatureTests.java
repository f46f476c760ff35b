package dev.lodestar.feeds;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HookSignatureTests {

	private static final byte[] BODY = "{\"value\": 42}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signatureIsTheHexHmacSha256OfTheBody() {
		assertThat(
				HookSignature.of("key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void matchingSignatureIsAcceptedInEitherCase() {
		String signature = HookSignature.of("secret", BODY);
		assertThat(HookSignature.matches("secret", BODY, signature)).isTrue();
		assertThat(HookSignature.matches("secret", BODY, signature.toUpperCase())).isTrue();
	}

	@Test
	void otherSecretOtherBodyOrMalformedHeaderIsRefused() {
		String signature = HookSignature.of("secret", BODY);
		assertThat(HookSignature.matches("other", BODY, signature)).isFalse();
		assertThat(HookSignature.matches("secret", "{\"value\": 43}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
		assertThat(HookSignature.matches("secret", BODY, signature.substring("sha256=".length()))).isFalse();
		assertThat(HookSignature.matches("secret", BODY, "sha256=xyz")).isFalse();
		assertThat(HookSignature.matches("secret", BODY, "sha256=")).isFalse();
		assertThat(HookSignature.matches("secret", BODY, null)).isFalse();
	}

}
