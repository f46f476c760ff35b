package dev.lodestar.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer reads from {@code /api/v1/health}: within 3 s, {@code 503} while
 * the database does not answer (its link frozen mid-connection, the worst case: nothing
 * refuses, nothing answers) and {@code 200} again once it does; a mail server that cannot
 * be reached does not make an instance unhealthy.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=netops_health", "spring.flyway.clean-disabled=false",
				"lodestar.jobs.polling-interval=1s" })
@Import(CleanPostgresSchema.class)
class HealthOnPostgresTests {

	private static final DatabaseLink link = link();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://127.0.0.1:" + link.port() + "/test?currentSchema=netops_health");
		registry.add("spring.mail.port", HealthOnPostgresTests::portWhereNothingListens);
	}

	@AfterEach
	void thaw() {
		link.thaw();
	}

	@AfterAll
	static void closeLink() throws IOException {
		link.close();
	}

	@Test
	void aDatabaseThatStopsAnsweringIsReportedDownWithinThreeSecondsAndUpAgainOnceItAnswers() throws Exception {
		assertThat(get("/api/v1/health").statusCode()).isEqualTo(200);

		link.freeze();
		for (int probe = 0; probe < 3; probe++) {
			long started = System.nanoTime();
			HttpResponse<String> down = get("/api/v1/health");
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
			assertThat(down.body()).contains("\"status\":\"DOWN\"");
			assertThat(took).as("probe %d", probe).isLessThan(Duration.ofSeconds(3));
		}

		link.thaw();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> up = get("/api/v1/health");
		while (up.statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			up = get("/api/v1/health");
		}
		assertThat(up.statusCode()).isEqualTo(200);
		assertThat(up.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aMailServerThatCannotBeReachedLeavesTheInstanceHealthy() throws Exception {
		assertThat(get("/api/v1/health").statusCode()).isEqualTo(200);
		HttpResponse<String> actuator = get("/actuator/health");
		assertThat(actuator.statusCode()).as(actuator.body()).isEqualTo(200);
		assertThat(actuator.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(40))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static DatabaseLink link() {
		try {
			return new DatabaseLink("127.0.0.1", 5432);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int portWhereNothingListens() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
