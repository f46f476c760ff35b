package dev.lodestar.rhythm;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.BrowserTest;
import dev.lodestar.testing.Reply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.lodestar.rhythm.RhythmFixtures.thisWeek;

/**
 * Friday in a browser: a key result that moved shows up as a win by itself, a person
 * writes a win, and kudos go to a team mate, all in place.
 */
class FridayPageBrowserTests extends BrowserTest {

	@Test
	void aWinAppearsByItselfAMemberWritesOneAndGivesKudos() {
		Person member = person("member");
		Person mate = person("member");
		String team = team("Friday team");
		join(team, member, false);
		join(team, mate, false);
		String keyResult = keyResult(objective(cycle("execute"), team), mate.id());
		RhythmFixtures.checkIn(mate, keyResult, 30, 8);
		signIn(member.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "/friday"));
		Locator wins = this.page.locator("#wins");
		assertThat(wins.locator(".win-progress")).containsText("Weekly active teams");
		assertThat(wins.locator(".win-progress")).containsText("was 10, now 30 · progress was 0 %, now 50 %");
		assertAccessible();

		wins.getByLabel("A win to celebrate").fill("x".repeat(201));
		wins.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add win")).click();
		assertThat(wins.locator("#new-win-error")).containsText("at most 200 characters");
		assertThat(wins.getByLabel("A win to celebrate")).hasValue("x".repeat(201));
		wins.getByLabel("A win to celebrate").fill("Our first customer in Spain");
		wins.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add win")).click();
		assertThat(wins.locator(".win-written")).containsText("Our first customer in Spain");
		assertThat(wins.locator(".win-written")).containsText("written by A member");

		Locator kudos = this.page.locator("#kudos");
		kudos.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Give kudos")).click();
		assertThat(kudos.locator("#kudos-to-error")).isVisible();
		kudos.getByLabel("Kudos to").selectOption(new SelectOption().setValue(mate.id()));
		kudos.getByLabel("Message").fill("Thanks for moving the numbers");
		kudos.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Give kudos")).click();
		assertThat(kudos.locator(".kudos-list")).containsText("Thanks for moving the numbers");
		screenshot("rhythm-friday");
		assertAccessible();

		Reply listed = this.admin.get("/api/v1/kudos?teamId=" + team + "&week=" + thisWeek());
		org.assertj.core.api.Assertions.assertThat(listed.json().get("total").asInt()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(listed.json().get("items").get(0).get("toId").asString())
			.isEqualTo(mate.id());
	}

	@Test
	void aViewerReadsTheWeekWithoutForms() {
		Person viewer = person("viewer");
		String team = team("Read only");
		join(team, viewer, false);
		this.admin.post("/api/v1/teams/" + team + "/weeks/" + thisWeek() + "/wins",
				java.util.Map.of("text", "Launched in Ireland"));
		signIn(viewer.email(), PASSWORD);
		this.page.navigate(url("/teams/" + team + "/friday"));
		assertThat(this.page.locator("#wins")).containsText("Launched in Ireland");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add win"))).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give kudos"))).hasCount(0);
		assertAccessible();
	}

}
