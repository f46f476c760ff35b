package dev.lodestar.conversations;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ConversationsBrowserTests extends BrowserTest {

	@Test
	void aMentionReachesThePersonWhoOpensItFromTheHeader() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		Person grace = named("Grace Hopper");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		String checkIn = created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins",
					Map.of("value", 24, "confidence", 6, "note", "The new onboarding helps, slowly.")));

		signIn(author.email(), PASSWORD);
		this.page.navigate(url("/key-results/" + keyResult));
		Locator thread = this.page.locator("#comments-" + checkIn);
		thread.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Comment")).click();
		thread = this.page.locator("#comments-" + checkIn);
		assertThat(thread.getByLabel("Your comment")).isFocused();
		thread.getByLabel("Your comment").fill("Could you look at the drop-offs, @" + handle(grace) + "?");
		thread.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment")).click();

		assertThat(thread.locator(".comment .mention")).hasText("@Grace Hopper");
		assertThat(thread.locator(".comments-count")).hasText("1 comment");
		assertThat(thread.getByLabel("Your comment")).hasValue("");
		assertAccessible();
		screenshot("conversations-comment");
		this.page.reload();
		assertThat(this.page.locator("#comments-" + checkIn + " .comments-toggle")).hasText("1 comment");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

		signIn(grace.email(), PASSWORD);
		Locator bell = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Notifications, 1 unread"));
		assertThat(bell).isVisible();
		bell.click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notifications")))
			.isVisible();
		assertAccessible();
		screenshot("conversations-notifications");
		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions()
						.setName("Unread: Ann Author mentioned you in a comment on Weekly active teams"))
			.click();

		assertThat(this.page.locator(".comment .mention")).hasText("@Grace Hopper");
		assertThat(this.page.locator(".comment-body")).containsText("Could you look at the drop-offs");
		assertThat(
				this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications, none unread")))
			.isVisible();
		assertAccessible();
		screenshot("conversations-check-in");
	}

	@Test
	void aRefusedCommentKeepsWhatWasTypedAndItsAuthorRemovesOneInPlace() {
		Person owner = named("Olga Owner");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		String checkIn = created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 24, "confidence", 6)));
		signIn(owner.email(), PASSWORD);
		this.page.navigate(url("/check-ins/" + checkIn));
		this.page.getByLabel("Your comment").fill("x".repeat(2_001));
		this.page.getByLabel("Your comment").evaluate("(area) => area.value = area.value + '!'");
		String typed = this.page.getByLabel("Your comment").inputValue();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment")).click();

		assertThat(this.page.locator("#comment-body-error-" + checkIn)).containsText("must be at most 2000 characters");
		assertThat(this.page.getByLabel("Your comment")).isFocused();
		assertThat(this.page.getByLabel("Your comment")).hasValue(typed);
		assertAccessible();
		org.assertj.core.api.Assertions
			.assertThat(owner.api().get("/api/v1/check-ins/" + checkIn + "/comments").json().get("total").asInt())
			.isZero();

		this.page.getByLabel("Your comment").fill("Shorter, then.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment")).click();
		assertThat(this.page.locator(".comments-count")).hasText("1 comment");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete the comment by Olga Owner"))
			.click();
		assertThat(this.page.locator(".comments-count")).hasText("No comments yet");
		assertThat(this.page.locator(".comment")).hasCount(0);
	}

	private Person named(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
				+ "@lodestar.test";
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", name, "email", email, "role", "member", "password", PASSWORD));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Person(created.field("id"), email, this.anonymous.withToken(token(email, PASSWORD)));
	}

	private static String handle(Person person) {
		return person.email().substring(0, person.email().indexOf('@'));
	}

}
