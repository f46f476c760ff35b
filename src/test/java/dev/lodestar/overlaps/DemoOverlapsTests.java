package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's current quarter has something on its "don't compete" list on a fresh start:
 * the Web App and Customer Success both want fleets to help themselves, and Sales and
 * Finance pull the discount on multi-year deals in opposite directions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "lodestar.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-overlaps;DB_CLOSE_DELAY=-1" })
class DemoOverlapsTests {

	@LocalServerPort
	int port;

	@Test
	void theCurrentQuarterHasAnOverlapAndACompetingPair() {
		Api admin = new Api(this.port);
		Reply token = admin.withBasic("admin@northwind.example", "lodestar-demo")
			.post("/api/v1/tokens", Map.of("name", "overlaps"));
		admin = admin.withToken(token.field("token"));
		List<String> objectives = new ArrayList<>();
		List<String> keyResults = new ArrayList<>();
		for (JsonNode cycle : admin.get("/api/v1/cycles").json().get("items")) {
			if (cycle.get("phase").asString().equals("execute")) {
				JsonNode found = admin.get("/api/v1/cycles/" + cycle.get("id").asString() + "/overlaps").json();
				found.get("objectives")
					.forEach((pair) -> objectives
						.add(pair.get("a").get("title").asString() + " | " + pair.get("b").get("title").asString()));
				found.get("keyResults")
					.forEach((pair) -> keyResults
						.add(pair.get("a").get("title").asString() + " | " + pair.get("b").get("title").asString()));
			}
		}
		assertThat(objectives).anyMatch((pair) -> List.of(pair.split(" \\| "))
			.containsAll(List.of("Help fleets help themselves in the product", "Help fleets help themselves")));
		assertThat(keyResults).anyMatch((pair) -> pair.contains("Increase the average discount on multi-year deals")
				&& pair.contains("Reduce the average discount on multi-year deals"));
	}

}
