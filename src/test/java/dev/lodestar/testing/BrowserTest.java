package dev.lodestar.testing;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the browser journeys: the application as in {@link ApiTest}, driven by a
 * headless Chromium through Playwright. Each test gets a fresh browser context (no
 * cookies); {@link #screenshot} keeps a picture of what the person saw, and
 * {@link #assertAccessible} runs axe-core on the page.
 */
@BrowserSuite
public abstract class BrowserTest extends ApiTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private BrowserContext context;

	/** Keeps a picture of the page as it was when a journey failed. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (extension) -> {
		if (extension.getExecutionException().isPresent() && this.page != null) {
			System.out.println("[browser] the requests of the failed journey, oldest first:");
			this.requests.forEach((line) -> System.out.println("[browser] " + line));
			screenshot("FAILED-" + extension.getRequiredTestMethod().getName());
		}
	};

	protected Page page;

	/** What the page asked the server and when, printed when a journey fails. */
	private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void openBrowser() {
		this.context = Chromium.newContext(1280, 860);
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(10_000);
		// Assertions wait as long as actions do: CI runs on two busy cores.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
		this.page.onConsoleMessage((message) -> System.out.println("[browser] " + message.text()));
		long start = System.nanoTime();
		this.page.onRequest((request) -> this.requests
			.add(String.format("%6d ms  %s %s %s", (System.nanoTime() - start) / 1_000_000, request.method(),
					request.url().replaceFirst("^http://[^/]+", ""),
					request.postData() == null ? "" : request.postData())));
		this.page.onRequestFinished((request) -> this.requests.add(String.format("%6d ms  done %s",
				(System.nanoTime() - start) / 1_000_000, request.url().replaceFirst("^http://[^/]+", ""))));
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void signIn(String email, String password) {
		this.page.navigate(url("/sign-in"));
		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Password").fill(password);
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
			.click();
		this.page.waitForURL(url("/"));
	}

	protected void screenshot(String name) {
		// A whole long page (the admin pages list every team and person the run created)
		// takes a while to capture on busy cores: wait for it up to a minute
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true)
			.setTimeout(60_000));
	}

	/**
	 * Runs axe-core in the page and fails on any serious or critical violation.
	 */
	protected void assertAccessible() {
		assertThat(PageChecks.accessibilityViolations(this.page))
			.as("serious or critical accessibility violations on " + this.page.url())
			.isEmpty();
	}

}
