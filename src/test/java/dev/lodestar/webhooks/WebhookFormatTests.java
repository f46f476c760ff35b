package dev.lodestar.webhooks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack and Teams webhooks get messages in the shape those tools take, with a readable
 * sentence and a link into Lodestar, signed like every delivery.
 */
class WebhookFormatTests extends WebhookDeliveryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void slackGetsAnIncomingWebhookMessageWithTextBlocksAndALink() throws Exception {
		try (Receiver receiver = Receiver.answering(200)) {
			JsonNode webhook = webhook(receiver, "slack", "objective.published");
			String objective = objective(cycle("set"), null);
			Reply published = this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));
			assertThat(published.status()).as(published.toString()).isEqualTo(200);

			deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 1));
			Receiver.Received request = receiver.received().get(0);
			assertThat(Signatures.valid(webhook.get("secret").asString(), request.body(),
					request.header("X-Lodestar-Signature")))
				.isTrue();
			JsonNode message = JSON.readTree(request.text());
			String link = BASE_URL + "/objectives/" + objective;
			assertThat(message.get("text").asString()).contains("published “Delight our customers”").contains(link);
			List<JsonNode> blocks = message.get("blocks").valueStream().toList();
			assertThat(blocks).extracting((block) -> block.get("type").asString())
				.containsExactly("section", "context");
			JsonNode section = blocks.get(0).get("text");
			assertThat(section.get("type").asString()).isEqualTo("mrkdwn");
			assertThat(section.get("text").asString()).contains("<" + link + "|Open the objective>");
			assertThat(blocks.get(1).get("elements").get(0).get("text").asString())
				.contains("*Team:* The whole company");
		}
	}

	@Test
	void teamsGetsAMessageWithAnAdaptiveCard() throws Exception {
		try (Receiver receiver = Receiver.answering(202)) {
			JsonNode webhook = webhook(receiver, "teams", "checkin.recorded", "keyresult.at-risk");
			Person owner = person("member");
			String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
			assertThat(checkIn(owner, keyResult, 18, 3).status()).isEqualTo(201);

			deliveriesOnce(webhook.get("id").asString(), (found) -> settled(found, 2));
			assertThat(receiver.received()).extracting((request) -> request.header("X-Lodestar-Event"))
				.containsExactlyInAnyOrder("checkin.recorded", "keyresult.at-risk");
			for (Receiver.Received request : receiver.received()) {
				assertThat(Signatures.valid(webhook.get("secret").asString(), request.body(),
						request.header("X-Lodestar-Signature")))
					.isTrue();
				JsonNode message = JSON.readTree(request.text());
				assertThat(message.get("type").asString()).isEqualTo("message");
				JsonNode attachment = message.get("attachments").get(0);
				assertThat(attachment.get("contentType").asString())
					.isEqualTo("application/vnd.microsoft.card.adaptive");
				JsonNode card = attachment.get("content");
				assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
				assertThat(card.get("version").asString()).isNotBlank();
				assertThat(card.get("body").valueStream().map((element) -> element.get("type").asString()))
					.containsExactly("TextBlock", "TextBlock", "FactSet");
				JsonNode action = card.get("actions").get(0);
				assertThat(action.get("type").asString()).isEqualTo("Action.OpenUrl");
				assertThat(action.get("url").asString()).isEqualTo(BASE_URL + "/key-results/" + keyResult);
			}
			JsonNode atRisk = JSON.readTree(receiver.received("keyresult.at-risk").get(0).text());
			assertThat(atRisk.get("attachments").get(0).get("content").get("body").get(1).get("text").asString())
				.isEqualTo("“Weekly active teams” is now 3 (off track), down from no confidence yet, "
						+ "after a check-in by A member.");
		}
	}

}
