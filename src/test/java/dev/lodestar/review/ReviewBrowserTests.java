package dev.lodestar.review;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of a review: an admin requires review on the settings page, a lead submits
 * a draft, the parent team's lead finds it waiting (menu count, My week, the list), asks
 * for changes (an empty comment is refused in place and nothing moves), the lead fixes
 * and resubmits it, the parent lead approves it and it is published; a champion's
 * overview shows where the team stands. Axe runs on every page.
 */
class ReviewBrowserTests extends BrowserTest {

	@AfterEach
	void reviewOff() {
		this.admin.patch("/api/v1/settings", Map.of("objectiveReview", "off"));
	}

	@Test
	void aDraftIsSubmittedSentBackFixedAndApproved() {
		Person parentLead = person("member");
		Person lead = person("member");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String parent = team("Product " + suffix);
		String team = created(
				this.admin.post("/api/v1/teams", Map.of("name", "Checkout " + suffix, "parentId", parent)));
		join(parent, parentLead, true);
		join(team, lead, true);
		String cycle = cycle("set");
		String objective = objective(cycle, team);

		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/settings"));
		this.page.getByLabel("Required: approve before publishing").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")).click();
		assertThat(this.page.locator(".notice")).containsText("Objectives are now reviewed");
		screenshot("review-setting");
		assertAccessible();
		signOut();

		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/objectives/" + objective));
		assertThat(this.page.locator("#review")).containsText("Objectives are reviewed before they are published");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		assertThat(this.page.locator(".tags .tag.status-in-review")).hasText("in review");
		assertThat(this.page.locator("#review .review-history li")).hasCount(1);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))).hasCount(0);
		assertAccessible();
		this.page.navigate(url("/teams/" + team + "?cycle=" + cycle));
		assertThat(this.page.locator(".team-card .tag.status-in-review")).hasText("in review");
		signOut();

		signIn(parentLead.email(), PASSWORD);
		Locator menuEntry = this.page.locator("nav .menu a[href='/reviews']");
		assertThat(menuEntry).containsText("Reviews");
		assertThat(menuEntry.locator(".nav-count")).hasText("1");
		assertThat(this.page.locator(".waiting-reviews")).containsText("Delight our customers");
		assertAccessible();
		menuEntry.click();
		assertThat(this.page.locator(".waiting-list li")).hasCount(1);
		assertThat(this.page.locator(".waiting-list li")).containsText("Checkout " + suffix);
		screenshot("review-waiting");
		assertAccessible();
		this.page.locator(".waiting-list a").first().click();
		Locator review = this.page.locator("#review");
		review.getByLabel("What should change").fill("   ");
		review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request changes")).click();
		assertThat(this.page.locator("#review-comment-error")).containsText("is required");
		assertThat(this.page.locator(".tags .tag")).containsText(new String[] { "in review" });
		assertAccessible();
		this.page.locator("#review").getByLabel("What should change").fill("Name the share of buyers who finish.");
		this.page.locator("#review")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request changes"))
			.click();
		assertThat(this.page.locator(".tags .tag.status-draft")).hasText("draft");
		assertThat(this.page.locator("#review .review-history")).containsText("Name the share of buyers who finish.");
		assertThat(this.page.locator("#review .notice")).containsText("Sent back");
		screenshot("review-changes-requested");
		assertAccessible();
		signOut();

		signIn(lead.email(), PASSWORD);
		this.page.navigate(url("/objectives/" + objective));
		assertThat(this.page.locator("#review .review-history")).containsText("Name the share of buyers who finish.");
		org.assertj.core.api.Assertions
			.assertThat(lead.api()
				.patch("/api/v1/objectives/" + objective, Map.of("title", "95% of buyers finish checkout"))
				.status())
			.isEqualTo(200);
		this.page.reload();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		assertThat(this.page.locator(".tags .tag.status-in-review")).hasText("in review");
		signOut();

		signIn(parentLead.email(), PASSWORD);
		this.page.navigate(url("/objectives/" + objective));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
		assertThat(this.page.locator(".tags .tag.status-published")).hasText("published");
		assertThat(this.page.locator("#review .review-history li")).hasCount(4);
		screenshot("review-approved");
		assertAccessible();
		assertThat(this.page.locator("nav .menu a[href='/reviews'] .nav-count")).hasCount(0);
		signOut();

		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/reviews/teams?cycle=" + cycle));
		Locator row = this.page.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Checkout " + suffix));
		assertThat(row.locator("td")).hasText(new String[] { "A member", "0", "0", "0", "1" });
		screenshot("review-standing");
		assertAccessible();
	}

	private void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

}
