package dev.lodestar.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
	@ApiResponse(responseCode = "200", description = "This instance serves and reaches its database",
			content = @Content(schema = @Schema(implementation = Health.class)))
	@ApiResponse(responseCode = "503", description = "The database cannot be reached",
			content = @Content(schema = @Schema(implementation = Health.class)))
	ResponseEntity<Health> health() {
		try {
			this.jdbc.sql("select 1").query(Integer.class).single();
			return ResponseEntity.ok(new Health("UP"));
		}
		catch (RuntimeException ex) {
			return ResponseEntity.status(503).body(new Health("DOWN"));
		}
	}

	record Health(String status) {
	}

}
