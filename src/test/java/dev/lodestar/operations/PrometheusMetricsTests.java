package dev.lodestar.operations;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} answers as docs/operations.md says: the metrics in
 * Prometheus's text format for an admin's bearer token, {@code 401} without one and
 * {@code 403} for anyone else's.
 */
class PrometheusMetricsTests extends ApiTest {

	@Test
	void anAdminsTokenReadsTheMetricsInPrometheusFormat() {
		this.admin.get("/api/v1/people/me");
		Reply metrics = this.admin.get("/actuator/prometheus");
		assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
		assertThat(metrics.contentType()).startsWith("text/plain");
		assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge")
			.contains("http_server_requests_seconds_count")
			.contains("hikaricp_connections_active");
	}

	@Test
	void withoutATokenOrWithSomeoneElsesTheMetricsAreRefused() {
		Reply anonymous = this.anonymous.get("/actuator/prometheus");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		Reply member = person("member").api().get("/actuator/prometheus");
		assertThat(member.status()).isEqualTo(403);
		assertThat(person("champion").api().get("/actuator/prometheus").status()).isEqualTo(403);
	}

}
