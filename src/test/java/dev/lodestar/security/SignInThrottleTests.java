package dev.lodestar.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:throttle;DB_CLOSE_DELAY=-1",
		"lodestar.sign-in.max-failures=3" })
class SignInThrottleTests extends ApiTest {

	@Test
	void repeatedWrongPasswordsAreHeldBackWithTooManyRequests() {
		Person member = person("member");
		for (int i = 0; i < 3; i++) {
			assertThat(this.anonymous.withBasic(member.email(), "guess-" + i)
				.post("/api/v1/tokens", Map.of("name", "x"))
				.status()).isEqualTo(401);
		}
		Reply held = this.anonymous.withBasic(member.email(), PASSWORD).post("/api/v1/tokens", Map.of("name", "x"));
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
		Person other = person("member");
		assertThat(
				this.anonymous.withBasic(other.email(), PASSWORD).post("/api/v1/tokens", Map.of("name", "x")).status())
			.isEqualTo(201);
	}

}
