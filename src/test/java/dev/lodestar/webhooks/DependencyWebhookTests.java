package dev.lodestar.webhooks;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What teams ask of each other reaches the webhooks that subscribe to it:
 * {@code dependency.requested} when a team asks, {@code dependency.decided} when the
 * asked team answers, each with the dependency, both teams and the key result.
 */
class DependencyWebhookTests extends WebhookDeliveryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aRequestAndItsDecisionAreToldToTheirSubscribers() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			JsonNode decidedHook = webhook(receiver, "json", "dependency.decided");
			Person lead = person("member");
			String asking = team("Checkout");
			String asked = team("Payments platform");
			String cycle = cycle("set");
			String keyResult = keyResult(objective(cycle, asking), lead.id(), "Checkout completion");
			Reply requested = this.admin.post("/api/v1/dependencies",
					Map.of("cycleId", cycle, "fromTeamId", asking, "toTeamId", asked, "keyResultId", keyResult,
							"description", "A sandbox for refunds", "dueDate", "2027-05-15"));
			assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
			String id = requested.field("id");
			assertThat(deliveries(decidedHook.get("id").asString()).get("total").asInt()).isZero();

			Reply decided = this.admin.post("/api/v1/dependencies/" + id + "/decision",
					Map.of("decision", "accepted", "note", "By May"));
			assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

			deliveriesOnce(decidedHook.get("id").asString(), (found) -> settled(found, 1));
			assertThat(receiver.received("dependency.decided")).hasSize(1);
			JsonNode body = JSON.readTree(receiver.received("dependency.decided").get(0).text());
			assertThat(body.toString()).contains("By May");
			JsonNode dependency = body.get("data").get("dependency");
			assertThat(dependency.get("id").asString()).isEqualTo(id);
			assertThat(dependency.get("status").asString()).isEqualTo("accepted");
			assertThat(dependency.get("fromTeam").asString()).isEqualTo("Checkout");
			assertThat(dependency.get("toTeam").asString()).isEqualTo("Payments platform");
			assertThat(dependency.get("keyResult").get("title").asString()).isEqualTo("Checkout completion");
			assertThat(dependency.get("dueDate").asString()).isEqualTo("2027-05-15");
			assertThat(body.get("data").get("decidedBy").get("id").asString()).isNotBlank();
		}
	}

	@Test
	void aRequestIsToldToTheSubscribersOfRequests() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			JsonNode requestedHook = webhook(receiver, "slack", "dependency.requested");
			String asking = team("Search");
			String asked = team("Data");
			Reply requested = this.admin.post("/api/v1/dependencies", Map.of("cycleId", cycle("set"), "fromTeamId",
					asking, "toTeamId", asked, "description", "Nightly exports"));
			assertThat(requested.status()).as(requested.toString()).isEqualTo(201);

			deliveriesOnce(requestedHook.get("id").asString(), (found) -> settled(found, 1));
			assertThat(receiver.received().get(0).text()).contains("Nightly exports").contains("Search");
		}
	}

}
