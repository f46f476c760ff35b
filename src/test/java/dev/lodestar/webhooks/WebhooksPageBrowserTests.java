package dev.lodestar.webhooks;

import java.time.Duration;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin adds a webhook from the admin pages, is told why a bad one is refused, copies
 * the secret, watches a delivery arrive in the log, and removes the webhook. The receiver
 * listens on this machine, so private addresses are allowed; and the test has a database
 * of its own, so that no other test context, where they are not allowed, takes the
 * delivery's job and refuses it.
 */
@TestPropertySource(
		properties = { "spring.datasource.url=jdbc:h2:mem:webhooks-page-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"lodestar.webhooks.allow-private-addresses=true" })
class WebhooksPageBrowserTests extends BrowserTest {

	private Receiver receiver;

	@AfterEach
	void stopReceiver() {
		if (this.receiver != null) {
			this.receiver.close();
		}
	}

	@Test
	void anAdminAddsAWebhookSeesItsDeliveriesAndRemovesIt() throws Exception {
		this.receiver = Receiver.answering(204);
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/teams"));
		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Webhooks"))
			.click();
		this.page.waitForURL(url("/admin/webhooks"));

		this.page.getByLabel("Address to post to").fill("hooks.example.com/lodestar");
		this.page.getByLabel("Message format").selectOption("slack");
		addWebhook();
		assertThat(this.page.locator("#webhook-url-error")).containsText("absolute http or https");
		assertThat(this.page.locator("#webhook-events-error")).hasText("must name at least one event");
		assertThat(this.page.getByLabel("Address to post to")).hasValue("hooks.example.com/lodestar");
		assertThat(this.page.getByLabel("Message format")).hasValue("slack");
		screenshot("webhooks-refused");
		assertAccessible();

		this.page.getByLabel("Address to post to").fill(this.receiver.url());
		this.page.getByLabel("checkin.recorded").check();
		this.page.getByLabel("Message format").selectOption("json");
		addWebhook();
		Locator secret = this.page.getByLabel("Signing secret");
		assertThat(secret).hasValue(java.util.regex.Pattern.compile("lsw_.{40,}"));
		String signingSecret = secret.inputValue();
		screenshot("webhooks-added");
		assertAccessible();

		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply checkIn = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 25, "confidence", 7));
		org.assertj.core.api.Assertions.assertThat(checkIn.status()).isEqualTo(201);
		waitForDelivery();
		Receiver.Received received = this.receiver.received().get(0);
		org.assertj.core.api.Assertions
			.assertThat(Signatures.valid(signingSecret, received.body(), received.header("X-Lodestar-Signature")))
			.isTrue();

		this.page.navigate(url("/admin/webhooks"));
		assertThat(secret).hasCount(0);
		this.page
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions()
						.setName("Delivery log of " + this.receiver.url()))
			.click();
		Locator row = this.page.locator("table.delivery-log tbody tr");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("checkin.recorded");
		assertThat(row).containsText("delivered");
		assertThat(row).containsText("HTTP 204");
		row.getByText("1 attempt").click();
		assertThat(row.locator(".attempt-list li")).containsText("HTTP 204");
		screenshot("webhooks-delivery-log");
		assertAccessible();

		this.page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Refresh"))
			.click();
		assertThat(this.page.locator("table.delivery-log tbody tr")).hasCount(1);

		this.page.navigate(url("/admin/webhooks"));
		this.page
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Page.GetByRoleOptions()
						.setName("Remove the webhook for " + this.receiver.url()))
			.click();
		assertThat(this.page.locator("p.notice")).containsText("Removed the webhook");
		assertThat(this.page.getByText("No webhook yet.")).isVisible();
	}

	private void addWebhook() {
		this.page
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add webhook"))
			.click();
	}

	private void waitForDelivery() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (this.receiver.received().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		org.assertj.core.api.Assertions.assertThat(this.receiver.received()).hasSize(1);
		Thread.sleep(500);
	}

}
