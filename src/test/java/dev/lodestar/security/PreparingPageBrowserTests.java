package dev.lodestar.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.shared.FirstStart;
import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the first start is being prepared (the demo being written after the web server is
 * up), every page leads to a short page that says so and loads again by itself; the setup
 * of a first admin is not offered meanwhile. Once it is over, the page goes on by itself.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:preparing;DB_CLOSE_DELAY=-1",
		"lodestar.admin.email=", "lodestar.admin.password=" })
class PreparingPageBrowserTests extends BrowserTest {

	@Autowired
	private FirstStart firstStart;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void whileTheDemoIsWrittenThePagesSaySoAndTheSetupWaits() throws Exception {
		this.firstStart.expect();
		try {
			for (String path : new String[] { "/", "/setup", "/sign-in", "/company" }) {
				HttpResponse<String> answer = get(path);
				assertThat(answer.statusCode()).as(path).isEqualTo(302);
				assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/preparing");
			}
			HttpResponse<String> preparing = get("/preparing");
			assertThat(preparing.statusCode()).isEqualTo(503);
			assertThat(preparing.headers().firstValue("Retry-After")).hasValue("3");
			assertThat(preparing.body()).contains("data-reload-after=\"3\"", "data-reload-to=\"/\"",
					"The demo is being prepared", "<script src=\"/js/lodestar.js\" defer></script>");
			// no inline script or style; no meta refresh, which assistive technology
			// cannot hold back
			assertThat(preparing.body()).doesNotContain("style=", "http-equiv=\"refresh\"")
				.doesNotContainPattern("<script>|<script [^>]*>[^<]");

			this.page.navigate(url("/"));
			assertThat(this.page).hasURL(url("/preparing"));
			assertThat(this.page.locator("main")).containsText("The demo is being prepared");
			screenshot("preparing");
			assertAccessible();
			this.page.setViewportSize(390, 844);
			int width = ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
			assertThat(width).isLessThanOrEqualTo(390);
			screenshot("preparing-phone");
		}
		finally {
			this.firstStart.done();
		}
		// the page loads again by itself and, nobody being there yet, goes on to the
		// setup
		assertThat(this.page).hasURL(url("/setup"));
		assertThat(get("/preparing").headers().firstValue("Location")).hasValue("/");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
