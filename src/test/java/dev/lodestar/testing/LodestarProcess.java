package dev.lodestar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lodestar in a JVM of its own, started from the test classpath, so that a test can kill
 * it as an operating system would ({@code kill -9}) and start it again on the same
 * storage. The first admin is {@link ApiTest#ADMIN_EMAIL}; its output goes to
 * {@code lodestar-<port>.log} in the given directory.
 */
public final class LodestarProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final Path log;

	private LodestarProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts Lodestar with the given properties (as {@code --name=value} arguments) and
	 * waits until its health answers {@code 200}.
	 */
	public static LodestarProcess start(Path directory, Map<String, String> properties) {
		int port = freePort();
		Path log = directory.resolve("lodestar-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"dev.lodestar.LodestarApplication", "--server.port=" + port,
				"--lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "--lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"--spring.mail.port=" + ApiTest.SMTP_PORT, "--logging.level.root=WARN"));
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			LodestarProcess lodestar = new LodestarProcess(process, port, log);
			lodestar.awaitHealth();
			return lodestar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A client of this instance, signed in as nobody. */
	public Api anonymous() {
		return new Api(this.port);
	}

	/** A client of this instance with a new token of the first admin. */
	public Api admin() {
		return anonymous().withToken(adminToken());
	}

	/** A new API token of the first admin. */
	public String adminToken() {
		Reply reply = anonymous().withBasic(ApiTest.ADMIN_EMAIL, ApiTest.ADMIN_PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "tests of the process"));
		if (reply.status() != 201) {
			throw new IllegalStateException("No token for the first admin: " + reply);
		}
		return reply.field("token");
	}

	/** The port this instance listens on. */
	public int port() {
		return this.port;
	}

	/**
	 * Kills the JVM at once (SIGKILL), as {@code kill -9} does, and waits until it is
	 * gone.
	 */
	public void kill() {
		this.process.destroyForcibly();
		awaitExit();
	}

	/** Stops the JVM the polite way (SIGTERM): Spring closes the application first. */
	public void stop() {
		this.process.destroy();
		awaitExit();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitHealth() {
		Instant started = Instant.now();
		Instant deadline = started.plus(STARTUP);
		Api api = anonymous();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Lodestar stopped while starting:\n" + logTail());
			}
			if (answersHealth(api)) {
				System.out.printf("[lodestar] started in its own JVM on port %d in %d ms%n", this.port,
						Duration.between(started, Instant.now()).toMillis());
				return;
			}
			sleepBriefly();
		}
		kill();
		throw new IllegalStateException("Lodestar did not answer its health within " + STARTUP + ":\n" + logTail());
	}

	private static boolean answersHealth(Api api) {
		try {
			return api.get("/api/v1/health").status() == 200;
		}
		catch (IllegalStateException notListeningYet) {
			return false;
		}
	}

	private void awaitExit() {
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
