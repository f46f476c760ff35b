package dev.lodestar.webhooks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries reach a real HTTP receiver, signed; a receiver that fails or does not answer
 * gets the delivery again, and the delivery log shows every attempt; a change that is
 * rolled back sends nothing.
 */
class WebhookDeliveryTests extends WebhookDeliveryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CheckIns checkIns;

	@Autowired
	People people;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aReceiverThatFailsOnceGetsTheCheckInOnTheSecondAttemptSigned() throws Exception {
		try (Receiver receiver = Receiver.scripted((number) -> (number == 1) ? 500 : 204)) {
			JsonNode webhook = webhook(receiver, "json", "checkin.recorded");
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			Reply checkIn = checkIn(owner, keyResult, 30, 8);
			assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);

			JsonNode log = deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 1));
			JsonNode delivery = log.get("items").get(0);
			assertThat(delivery.get("event").asString()).isEqualTo("checkin.recorded");
			assertThat(delivery.get("status").asString()).isEqualTo("delivered");
			assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
			assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(204);
			assertThat(delivery.get("deliveredAt").isNull()).isFalse();
			assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
			List<JsonNode> attempts = delivery.get("attemptLog").valueStream().toList();
			assertThat(attempts).extracting((attempt) -> attempt.get("statusCode").asInt()).containsExactly(500, 204);
			assertThat(attempts).extracting((attempt) -> attempt.get("number").asInt()).containsExactly(1, 2);

			assertThat(receiver.received()).hasSize(2);
			for (Receiver.Received request : receiver.received()) {
				assertThat(request.method()).isEqualTo("POST");
				assertThat(request.header("Content-Type")).isEqualTo("application/json");
				assertThat(request.header("Upgrade")).as("plain HTTP/1.1, no offer to switch to h2c").isNull();
				assertThat(request.header("X-Lodestar-Event")).isEqualTo("checkin.recorded");
				assertThat(request.header("X-Lodestar-Delivery")).isEqualTo(delivery.get("id").asString());
				assertThat(Signatures.valid(webhook.get("secret").asString(), request.body(),
						request.header("X-Lodestar-Signature")))
					.isTrue();
				assertThat(Signatures.valid("another secret", request.body(), request.header("X-Lodestar-Signature")))
					.isFalse();
			}
			JsonNode body = JSON.readTree(receiver.received().get(1).text());
			assertThat(body.get("event").asString()).isEqualTo("checkin.recorded");
			assertThat(body.get("occurredAt").asString()).isNotBlank();
			JsonNode data = body.get("data");
			assertThat(data.get("checkIn").get("id").asString()).isEqualTo(checkIn.field("id"));
			assertThat(data.get("checkIn").get("value").asDouble()).isEqualTo(30.0);
			assertThat(data.get("checkIn").get("source").asString()).isEqualTo("api");
			assertThat(data.get("keyResult").get("id").asString()).isEqualTo(keyResult);
			assertThat(data.get("keyResult").get("confidence").asInt()).isEqualTo(8);
			assertThat(data.get("keyResult").get("progress").asDouble()).isEqualTo(0.5);
			assertThat(data.get("keyResult").get("link").asString()).isEqualTo(BASE_URL + "/key-results/" + keyResult);
			assertThat(data.get("objective").get("link").asString()).startsWith(BASE_URL + "/objectives/");
		}
	}

	@Test
	void aReceiverThatTimesOutGetsRetriesAndTheLogShowsEachAttempt() throws Exception {
		try (Receiver receiver = Receiver.slow(Duration.ofSeconds(3))) {
			JsonNode webhook = webhook(receiver, "json", "cycle.phase-changed");
			cycle("set");

			JsonNode log = deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 1));
			JsonNode delivery = log.get("items").get(0);
			assertThat(delivery.get("status").asString()).isEqualTo("failed");
			assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
			assertThat(delivery.get("lastStatusCode").isNull()).isTrue();
			assertThat(delivery.get("lastError").asString()).contains("no answer within 1000 ms");
			List<JsonNode> attempts = delivery.get("attemptLog").valueStream().toList();
			assertThat(attempts).hasSize(3);
			assertThat(attempts).allSatisfy((attempt) -> {
				assertThat(attempt.get("error").asString()).contains("no answer");
				assertThat(attempt.get("durationMs").asLong()).isGreaterThanOrEqualTo(900);
			});
			assertThat(receiver.received()).hasSize(3);
		}
	}

	@Test
	void aRefusedCheckInSendsNothing() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			JsonNode webhook = webhook(receiver, "json", "checkin.recorded", "keyresult.at-risk");
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			assertThat(checkIn(owner, keyResult, 30, 12).status()).isEqualTo(400);
			Person stranger = person("member");
			assertThat(checkIn(stranger, keyResult, 30, 2).status()).isEqualTo(403);
			Thread.sleep(1000);
			assertThat(deliveries(webhook.get("id").asString()).get("total").asInt()).isZero();
			assertThat(receiver.received()).isEmpty();
		}
	}

	@Test
	void aCheckInRolledBackAfterItsEventSendsNothing() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			JsonNode webhook = webhook(receiver, "json", "checkin.recorded");
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			new TransactionTemplate(this.transactions).executeWithoutResult((transaction) -> {
				this.checkIns.record(this.people.actorOf(PersonId.fromPath(owner.id())),
						KeyResultId.fromPath(keyResult), new CheckIns.NewCheckIn(30.0, 8, "undone", null));
				assertThat(deliveries(webhook.get("id").asString()).get("total").asInt()).isZero();
				transaction.setRollbackOnly();
			});
			Thread.sleep(1000);
			assertThat(deliveries(webhook.get("id").asString()).get("total").asInt()).isZero();
			assertThat(receiver.received()).isEmpty();
			assertThat(checkIn(owner, keyResult, 30, 8).status()).isEqualTo(201);
			deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 1));
			assertThat(receiver.received()).hasSize(1);
		}
	}

	@Test
	void aKeyResultFallingFromOnTrackToAtRiskIsToldOnce() throws Exception {
		try (Receiver receiver = Receiver.answering(204)) {
			JsonNode webhook = webhook(receiver, "json", "keyresult.at-risk");
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			checkIn(owner, keyResult, 20, 8);
			checkIn(owner, keyResult, 22, 5);
			checkIn(owner, keyResult, 23, 3);
			checkIn(owner, keyResult, 30, 7);

			deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 1));
			Thread.sleep(500);
			assertThat(receiver.received("keyresult.at-risk")).hasSize(1);
			assertThat(receiver.received()).hasSize(1);
			JsonNode data = JSON.readTree(receiver.received().get(0).text()).get("data");
			assertThat(data.get("keyResult").get("confidence").asInt()).isEqualTo(5);
			assertThat(data.get("keyResult").get("previousConfidence").asInt()).isEqualTo(8);
			assertThat(data.get("keyResult").get("confidenceBand").asString()).isEqualTo("at-risk");
		}
	}

}
