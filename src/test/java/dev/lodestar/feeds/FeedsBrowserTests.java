package dev.lodestar.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class FeedsBrowserTests extends BrowserTest {

	@Test
	void importIsPreviewedFixedAndAppliedAllAtOnce() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		signIn(owner.email(), PASSWORD);
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Update many key results from a CSV file"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import check-ins")))
			.isVisible();
		assertAccessible();

		String csv = "keyResultId,value,confidence,note\n" + first + ",30,8,From the BI job\n" + second
				+ ",thirty,6,\n";
		this.page.getByLabel("Upload a file")
			.setInputFiles(new FilePayload("week.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		button("Preview").click();

		assertThat(this.page.locator(".import-refused")).containsText("1 row needs fixing");
		assertThat(this.page.locator("#import-row-3")).containsText("value must be a number");
		assertThat(this.page.locator("#import-row-2")).containsText("was 10, now 30");
		assertThat(this.page.locator("#import-row-2")).containsText("ready");
		assertThat(button("Apply all 2 check-ins")).hasCount(0);
		screenshot("feeds-import-preview");
		assertAccessible();

		this.page.getByLabel("or paste or edit the CSV text").fill(csv.replace("thirty", "35"));
		button("Preview").click();
		assertThat(this.page.locator(".import-summary")).hasText("All 2 rows are ready to apply.");
		assertThat(this.page.locator("#import-row-3")).containsText("was 10, now 35");
		assertAccessible();
		button("Apply all 2 check-ins").click();

		assertThat(this.page.locator(".notice")).hasText("Recorded 2 check-ins from the import.");
		assertAccessible();
		this.page.navigate(url("/key-results/" + first));
		assertThat(this.page.locator(".history-entry").first()).containsText("imported from CSV");
		assertThat(this.page.locator(".history-entry").first()).containsText("From the BI job");
	}

	@Test
	void emptyImportSaysWhyBesideTheField() {
		Person owner = person("member");
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/check-ins/import"));
		this.page.getByLabel("or paste or edit the CSV text").fill("id;amount\n1;2\n");
		button("Preview").click();
		assertThat(this.page.locator("#import-csv-error")).containsText("columns Lodestar does not know: id, amount");
		assertThat(this.page.getByLabel("or paste or edit the CSV text")).hasValue("id;amount\n1;2\n");
		assertAccessible();

		byte[] tooLarge = ("keyResultId,value\n" + "6f1c2b9e-2a47-4d8e-9a51-3c0d5f7e8b21,1\n".repeat(30_000))
			.getBytes(StandardCharsets.UTF_8);
		this.page.getByLabel("Upload a file").setInputFiles(new FilePayload("big.csv", "text/csv", tooLarge));
		button("Preview").click();
		assertThat(this.page.locator("#import-csv-error")).containsText("larger than 1 MB");
	}

	@Test
	void dataFeedIsCreatedShownOnceUsedAndSwitchedOff() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply manual = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 15, "confidence", 6));
		org.assertj.core.api.Assertions.assertThat(manual.status()).isEqualTo(201);
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		Locator feed = this.page.locator("#data-feed");
		assertThat(feed).containsText("This key result has no data feed yet.");
		assertAccessible();

		button("Create a data feed").click();
		Locator secret = this.page.getByLabel("Secret", new Page.GetByLabelOptions().setExact(true));
		assertThat(secret).hasValue(java.util.regex.Pattern.compile("lsh_.+"));
		assertThat(this.page.getByLabel("A call to try, with curl and openssl"))
			.hasValue(java.util.regex.Pattern.compile("openssl dgst -sha256 -hmac '" + secret.inputValue() + "'"));
		assertThat(button("Renew the secret")).isVisible();
		screenshot("feeds-data-feed");
		assertAccessible();

		// the address is where this Lodestar answers (its port, not a default one), as no
		// public address (lodestar.base-url) is configured
		String url = this.page.locator(".data-feed-url").textContent().strip();
		org.assertj.core.api.Assertions.assertThat(url).startsWith(url("/api/v1/hooks/"));
		org.assertj.core.api.Assertions
			.assertThat(this.page.getByLabel("A call to try, with curl and openssl").inputValue())
			.contains("curl -X POST '" + url + "'");
		String body = "{\"value\": 30}";
		Reply call = this.anonymous.send("POST", URI.create(url).getPath(), body, Map.of(HookSignature.HEADER,
				HookSignature.of(secret.inputValue(), body.getBytes(StandardCharsets.UTF_8))));
		org.assertj.core.api.Assertions.assertThat(call.status()).as(call.toString()).isEqualTo(201);

		this.page.reload();
		assertThat(this.page.locator(".history-entry").first()).containsText("sent by the data feed");
		assertThat(this.page.locator(".history-entry").last()).containsText("sent through the API");
		assertThat(this.page.locator("#data-feed-secret")).hasCount(0);
		assertThat(this.page.locator(".data-feed-url")).hasText(url);
		button("Switch it off").click();
		assertThat(this.page.locator("#data-feed")).containsText("The data feed is off");
		assertAccessible();
	}

	@Test
	void othersSeeNoDataFeed() {
		Person owner = person("member");
		Person other = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		signIn(other.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Weekly active teams")))
			.isVisible();
		assertThat(this.page.locator("#data-feed")).hasCount(0);
		com.microsoft.playwright.Response refused = this.page.navigate(url("/key-results/" + keyResult + "/data-feed"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
