package dev.lodestar.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional GET over real HTTP: pages and API lists carry an {@code ETag} and answer
 * {@code 304} without a body while nothing they show changed, and a full page again once
 * something did.
 */
class ConditionalGetsTests extends ApiTest {

	@Test
	void aPageAnswers304UntilACheckInChangesItForTheSameSessionOnly() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String keyResult = keyResult(objective(cycle, team("Revalidated")), owner.id());
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		String page = "/company?cycle=" + cycle;

		HttpResponse<String> first = browser.get(page);
		String tag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = browser.get(page, "If-None-Match", tag);
		HttpResponse<String> plain = browser.get(page);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(tag).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(plain.headers().firstValue("ETag")).as("the CSRF token, masked afresh, is no change").hasValue(tag);

		Reply checkIn = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 30, "confidence", 7));
		assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
		HttpResponse<String> changed = browser.get(page, "If-None-Match", tag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);

		SignedInBrowser otherSession = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);
		String current = changed.headers().firstValue("ETag").orElseThrow();
		assertThat(otherSession.get(page, "If-None-Match", current).statusCode())
			.as("a page kept from another session carries another CSRF token")
			.isEqualTo(200);
	}

	@Test
	void anApiListAnswers304UntilItChangesAndASingleResourceKeepsItsVersion() {
		String cycle = cycle("execute");
		String objective = objective(cycle, null);
		String list = "/api/v1/objectives?cycleId=" + cycle;

		Reply first = this.admin.get(list);
		String tag = first.header("ETag");
		Reply again = this.admin.send("GET", list, null, Map.of("If-None-Match", tag));
		Reply single = this.admin.get("/api/v1/objectives/" + objective);

		assertThat(first.status()).isEqualTo(200);
		assertThat(tag).startsWith("W/\"");
		assertThat(again.status()).isEqualTo(304);
		assertThat(single.header("ETag")).isEqualTo("\"0\"");

		objective(cycle, null);
		Reply changed = this.admin.send("GET", list, null, Map.of("If-None-Match", tag));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void theHealthCheckAndDownloadsCarryNoTagAndSigningOutEmptiesTheBrowsersCache() {
		assertThat(this.anonymous.get("/api/v1/health").header("ETag")).isNull();
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, ADMIN_EMAIL, ADMIN_PASSWORD);

		// as behind the TLS proxy of docs/operations.md: browsers honour the header on
		// https only
		HttpResponse<String> signedOut = browser.submit("/", "/sign-out", "X-Forwarded-Proto", "https");

		assertThat(signedOut.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\"");
	}

}
