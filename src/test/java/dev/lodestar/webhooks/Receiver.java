package dev.lodestar.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests: a real HTTP server on a free port that keeps every
 * request it gets and answers each with the status a script gives for its number (1 for
 * the first), after an optional delay.
 */
final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger count = new AtomicInteger();

	private final IntUnaryOperator status;

	private final Duration delay;

	private Receiver(IntUnaryOperator status, Duration delay) throws IOException {
		this.status = status;
		this.delay = delay;
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** A receiver that answers every request with one status. */
	static Receiver answering(int status) throws IOException {
		return new Receiver((number) -> status, Duration.ZERO);
	}

	/** A receiver that answers each request with the status for its number. */
	static Receiver scripted(IntUnaryOperator status) throws IOException {
		return new Receiver(status, Duration.ZERO);
	}

	/** A receiver that takes longer than a sender waits before it answers. */
	static Receiver slow(Duration delay) throws IOException {
		return new Receiver((number) -> 204, delay);
	}

	String url() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/hooks/lodestar";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	List<Received> received(String event) {
		return this.received.stream().filter((request) -> event.equals(request.header("X-Lodestar-Event"))).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
			this.received.add(new Received(exchange.getRequestMethod(), headers, body));
			int number = this.count.incrementAndGet();
			if (!this.delay.isZero()) {
				Thread.sleep(this.delay);
			}
			exchange.sendResponseHeaders(this.status.applyAsInt(number), -1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as it arrived. */
	record Received(String method, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
