package dev.lodestar.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle on password attempts, with at most {@value #PER_EMAIL} failures per email
 * and {@value #PER_CLIENT} per client address: every test calls from one address, so each
 * starts with no counts.
 */
abstract class SignInThrottleContract extends ApiTest {

	static final int PER_EMAIL = 5;

	static final int PER_CLIENT = 8;

	static final int PARALLEL = 20;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void noCounts() {
		this.jdbc.sql("delete from sign_in_attempt").update();
	}

	@Test
	void repeatedWrongPasswordsAreHeldBackWithTooManyRequests() {
		Person member = person("member");
		for (int i = 0; i < PER_EMAIL; i++) {
			assertThat(tokenWith(member.email(), "guess-" + i).status()).isEqualTo(401);
		}
		Reply held = tokenWith(member.email(), PASSWORD);
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
		Person other = person("member");
		assertThat(tokenWith(other.email(), PASSWORD).status()).isEqualTo(201);
	}

	@Test
	void parallelWrongPasswordsForOneEmailGetExactlyTheLimitOfTries() throws Exception {
		Person member = person("member");
		List<Integer> statuses = inParallel((i) -> tokenWith(member.email(), "guess-" + i).status());
		assertThat(statuses).filteredOn((status) -> status == 401).hasSize(PER_EMAIL);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(PARALLEL - PER_EMAIL);
		assertThat(tokenWith(member.email(), PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void oneClientCannotTryMoreThanItsLimitOverManyEmails() throws Exception {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			people.add(person("viewer"));
		}
		List<Integer> statuses = inParallel((i) -> tokenWith(people.get(i).email(), "guess-" + i).status());
		assertThat(statuses).filteredOn((status) -> status == 401).hasSize(PER_CLIENT);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(PARALLEL - PER_CLIENT);
		Reply held = tokenWith(people.get(0).email(), PASSWORD);
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.field("detail")).contains("your address");
		long counted = this.jdbc.sql("select count(*) from sign_in_attempt where failures > 0")
			.query(Long.class)
			.single();
		assertThat(counted).as("the client's count and one per email tried").isEqualTo(1 + PER_CLIENT);
	}

	@Test
	void wrongCurrentPasswordsAreHeldBackLikeSignIns() {
		Person member = person("member");
		for (int i = 0; i < PER_EMAIL; i++) {
			Reply wrong = member.api()
				.patch("/api/v1/people/" + member.id(),
						Map.of("password", "a-new-passphrase", "currentPassword", "no-" + i));
			assertThat(wrong.status()).as(wrong.toString()).isEqualTo(403);
		}
		Reply held = member.api()
			.patch("/api/v1/people/" + member.id(),
					Map.of("password", "a-new-passphrase", "currentPassword", PASSWORD));
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
		assertThat(tokenWith(member.email(), PASSWORD).status()).as("sign-in shares the count").isEqualTo(429);
	}

	@Test
	void aRightPasswordClearsTheEmailsCount() {
		Person member = person("member");
		for (int i = 0; i < PER_EMAIL - 1; i++) {
			assertThat(tokenWith(member.email(), "guess-" + i).status()).isEqualTo(401);
		}
		assertThat(tokenWith(member.email(), PASSWORD).status()).isEqualTo(201);
		for (int i = 0; i < PER_EMAIL - 1; i++) {
			assertThat(tokenWith(member.email(), "again-" + i).status()).isEqualTo(401);
		}
	}

	private Reply tokenWith(String email, String password) {
		return this.anonymous.withBasic(email, password).post("/api/v1/tokens", Map.of("name", "x"));
	}

	private static List<Integer> inParallel(IntFunction<Integer> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(PARALLEL)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				int n = i;
				answers.add(threads.submit(() -> {
					start.await();
					return call.apply(n);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
	}

}
