package dev.lodestar.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/health}: whether this instance serves and reaches its database. Open to
 * anyone, for load balancers and monitors. It answers within {@link #LIMIT} whatever the
 * database does: a database that does not answer by then is down. While one look at the
 * database is still waiting, later requests wait for that one rather than start another,
 * so a database that hangs holds at most one connection for the health.
 */
@RestController
class HealthController {

	static final Duration LIMIT = Duration.ofSeconds(2);

	private final JdbcClient jdbc;

	private final AtomicReference<CompletableFuture<Boolean>> probe = new AtomicReference<>();

	HealthController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/health")
	@ApiResponse(responseCode = "200", description = "This instance serves and reaches its database",
			content = @Content(schema = @Schema(implementation = Health.class)))
	@ApiResponse(responseCode = "503", description = "The database cannot be reached within two seconds",
			content = @Content(schema = @Schema(implementation = Health.class)))
	ResponseEntity<Health> health() {
		if (databaseAnswers()) {
			return ResponseEntity.ok(new Health("UP"));
		}
		return ResponseEntity.status(503).body(new Health("DOWN"));
	}

	private boolean databaseAnswers() {
		try {
			return probe().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private CompletableFuture<Boolean> probe() {
		CompletableFuture<Boolean> running = this.probe.get();
		if (running != null && !running.isDone()) {
			return running;
		}
		CompletableFuture<Boolean> next = new CompletableFuture<>();
		if (!this.probe.compareAndSet(running, next)) {
			return this.probe.get();
		}
		Thread.ofVirtual().name("health-probe").start(() -> {
			try {
				next.complete(this.jdbc.sql("select 1").query(Integer.class).single() == 1);
			}
			catch (RuntimeException ex) {
				next.complete(false);
			}
		});
		return next;

	}

	record Health(String status) {
	}

}
