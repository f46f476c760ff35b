package dev.lodestar.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;

/**
 * The one headless Chromium of a test run (Debian's, at {@link BrowserSuite#CHROMIUM}),
 * started on first use and closed when the JVM ends. Playwright downloads nothing.
 */
public final class Chromium {

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
			"--no-first-run");

	private static Browser browser;

	private Chromium() {
	}

	/**
	 * A fresh browser context (no cookies, no storage) with a viewport of the given size.
	 */
	public static BrowserContext newContext(int width, int height) {
		return newContext(width, height, ColorScheme.LIGHT);
	}

	/**
	 * A fresh browser context whose system asks for a light or a dark theme.
	 */
	public static synchronized BrowserContext newContext(int width, int height, ColorScheme scheme) {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(BrowserSuite.CHROMIUM))
					.setHeadless(true)
					.setArgs(FLAGS));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setColorScheme(scheme));
	}

}
