package dev.lodestar.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class PeopleImportBrowserTests extends BrowserTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminUploadsAFileSeesThePreviewAndAppliesIt() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = "email,name,role,team,parentTeam,lead\n" + "ada-" + run
				+ "@example.com,Ada Lovelace,member,Platform " + run + ",Engineering " + run + ",true\n" + "grace-"
				+ run + "@example.com,Grace Hopper,champion,Platform " + run + ",Engineering " + run + ",false\n"
				+ "linus-" + run + "@example.com,Linus Wong,viewer,,,\n";
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/people"));
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import people and teams from a CSV file"))
			.click();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import people and teams")))
			.isVisible();
		assertAccessible();

		this.page.getByLabel("Upload a file")
			.setInputFiles(new FilePayload("people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(this.page.locator("#import-counts"))
			.containsText("3 rows: 3 create, 0 update, 0 unchanged, 0 errors");
		assertThat(this.page.locator("#import-preview tbody tr")).hasCount(3);
		assertThat(this.page.locator("#import-line-2")).containsText("ada-" + run + "@example.com");
		assertThat(this.page.locator("#import-line-2"))
			.containsText("Platform " + run + " (in Engineering " + run + "), lead");
		assertThat(count(run)).isZero();
		assertAccessible();
		screenshot("import-preview");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply all 3 rows")).click();
		assertThat(this.page.locator("#import-result"))
			.containsText("3 new people were added with the status invited.");
		assertThat(this.page.locator("#import-result a[href='/admin/invitations']")).isVisible();
		assertThat(count(run)).isEqualTo(3);
		assertAccessible();

		this.page.getByLabel("or paste or edit the CSV text").fill(csv.replace("champion", "chief"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(this.page.locator("#import-counts")).containsText("2 unchanged, 1 error");
		assertThat(this.page.locator("#import-line-3")).containsText("role \"chief\" is unknown");
		assertThat(this.page.locator("#import-apply")).hasCount(0);
		assertThat(this.page.getByLabel("or paste or edit the CSV text")).hasValue(csv.replace("champion", "chief"));

		this.page.getByLabel("or paste or edit the CSV text").fill("email,name\nx@example.com,X\n");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(this.page.locator("#import-csv-error")).containsText("has no column role");
		assertThat(this.page.getByLabel("or paste or edit the CSV text")).hasValue("email,name\nx@example.com,X\n");

		this.page.getByLabel("or paste or edit the CSV text").fill(csv);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		assertThat(this.page.locator("#import-counts")).containsText("0 create, 0 update, 3 unchanged");
	}

	@Test
	void theExampleFileDownloads() {
		signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		this.page.navigate(url("/admin/import"));
		var download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download an example file"))
			.click());
		assertThat(download.suggestedFilename()).isEqualTo("lodestar-people.csv");
	}

	private long count(String run) {
		return this.jdbc.sql("select count(*) from person where email like :pattern and status = 'INVITED'")
			.param("pattern", "%-" + run + "@example.com")
			.query(Long.class)
			.single();
	}

}
