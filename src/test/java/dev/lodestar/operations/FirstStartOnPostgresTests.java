package dev.lodestar.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.LodestarApplication;
import dev.lodestar.testing.PostgresSuite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances (two JVMs) started at the same moment on an empty PostgreSQL database,
 * both with the first admin in their environment and the demo switched on, both start;
 * the admin and the demo organisation exist once.
 */
@PostgresSuite
class FirstStartOnPostgresTests {

	private static final String SCHEMA = "netops_first_start";

	private static final String ADMIN = "first-admin@lodestar.test";

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopInstances() throws InterruptedException {
		for (Process instance : this.started) {
			instance.destroy();
			if (!instance.waitFor(20, TimeUnit.SECONDS)) {
				instance.destroyForcibly();
			}
		}
	}

	@Test
	void twoInstancesStartedAtOnceOnAnEmptyDatabaseWithTheDemoBothStart() throws Exception {
		sql("drop schema if exists " + SCHEMA + " cascade", "create schema " + SCHEMA);
		List<Integer> ports = List.of(freePort(), freePort());
		for (int i = 0; i < ports.size(); i++) {
			this.started.add(start(ports.get(i), Path.of("target", "first-start-" + i + ".log")));
		}
		for (int i = 0; i < ports.size(); i++) {
			assertThat(awaitServing(this.started.get(i), ports.get(i)))
				.as("instance %d serves (its log: target/first-start-%d.log)", i, i)
				.isTrue();
		}
		List<String> demo = List.of(demoOutcome(Path.of("target", "first-start-0.log")),
				demoOutcome(Path.of("target", "first-start-1.log")));
		assertThat(demo).containsExactlyInAnyOrder("Demo data: created", "leaving it alone");
		assertThat(count("select count(*) from " + SCHEMA + ".person where email = '" + ADMIN + "'")).isEqualTo(1);
		assertThat(count("select count(*) from " + SCHEMA + ".cycle")).isEqualTo(5);
		assertThat(this.started).allMatch(Process::isAlive);
	}

	/** A Lodestar in a JVM of its own, as a second machine would run it. */
	private static Process start(int port, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), LodestarApplication.class.getName(),
				"--spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + PostgresSuite.USER, "--spring.datasource.password=",
				"--spring.flyway.schemas=" + SCHEMA, "--server.port=" + port, "--lodestar.admin.email=" + ADMIN,
				"--lodestar.admin.password=first-admin-password", "--lodestar.demo.enabled=true",
				"--lodestar.jobs.enabled=false", "--spring.mail.port=1", "--logging.level.dev.lodestar.demo=INFO")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	/** Whether the instance answers its health with 200 before it stops or 150 s pass. */
	private static boolean awaitServing(Process instance, int port) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (instance.isAlive() && System.nanoTime() < deadline) {
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		return false;
	}

	/**
	 * What an instance's demo runner did, once it has said so in its log (60 s at most).
	 */
	private static String demoOutcome(Path log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String text = Files.readString(log);
			for (String outcome : List.of("Demo data: created", "leaving it alone")) {
				if (text.contains(outcome)) {
					return outcome;
				}
			}
			Thread.sleep(250);
		}
		return "nothing in " + log;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sql(String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(PostgresSuite.URL, PostgresSuite.USER, "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static long count(String query) throws Exception {
		try (Connection connection = DriverManager.getConnection(PostgresSuite.URL, PostgresSuite.USER, "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			result.next();
			return result.getLong(1);
		}
	}

}
