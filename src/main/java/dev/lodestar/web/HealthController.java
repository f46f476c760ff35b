package dev.lodestar.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/health}: whether this instance serves and reaches its database. Open to
 * anyone, for load balancers and monitors.
 */
@RestController
class HealthController {

	private final JdbcClient jdbc;

	HealthController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/health")
	ResponseEntity<Map<String, String>> health() {
		try {
			this.jdbc.sql("select 1").query(Integer.class).single();
			return ResponseEntity.ok(Map.of("status", "UP"));
		}
		catch (RuntimeException ex) {
			return ResponseEntity.status(503).body(Map.of("status", "DOWN"));
		}
	}

}
