package dev.lodestar.testing;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/**
 * What the classes that take the user guide's screenshots share: signing a page in
 * through the sign-in form, and taking a screenshot of a path as a person sees it.
 */
public record GuideCamera(int port) {

	public void signIn(Page page, String email, String password) {
		page.navigate(url("/sign-in"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByLabel("Password").press("Enter");
		page.waitForURL(url("/"));
	}

	public void shoot(Page page, String path, Path file) {
		page.navigate(url(path));
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
