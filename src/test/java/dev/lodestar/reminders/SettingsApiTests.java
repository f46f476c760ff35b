package dev.lodestar.reminders;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in rhythm and the reminder preference over the API: read by everyone, changed
 * by admins (the rhythm) and by each person (their preference), with a 400 naming the
 * field for bad input and a 412 for a stale If-Match.
 */
class SettingsApiTests extends ReminderTest {

	@Test
	void everyoneReadsTheRhythmWithItsVersionAsETag() {
		Reply settings = person("member").api().get("/api/v1/settings");
		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.json().propertyNames()).contains("checkInDay", "checkInTime", "timeZone", "version");
		assertThat(settings.header("ETag")).isEqualTo("\"" + settings.json().get("version").asLong() + "\"");
	}

	@Test
	void anAdminChangesTheRhythmAndTheVersionMovesOn() {
		Reply before = this.admin.get("/api/v1/settings");
		Reply changed = this.admin.patch("/api/v1/settings",
				Map.of("checkInDay", "Thursday", "checkInTime", "14:30", "timeZone", "Europe/Berlin"),
				before.header("ETag"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.field("checkInDay")).isEqualTo("thursday");
		assertThat(changed.field("checkInTime")).isEqualTo("14:30");
		assertThat(changed.field("timeZone")).isEqualTo("Europe/Berlin");
		assertThat(changed.json().get("version").asLong()).isEqualTo(before.json().get("version").asLong() + 1);
		assertThat(this.admin.get("/api/v1/settings").field("checkInTime")).isEqualTo("14:30");
	}

	@Test
	void aPatchChangesOnlyWhatItNames() {
		this.admin.patch("/api/v1/settings", Map.of("checkInDay", "monday", "checkInTime", "09:00"));
		Reply changed = this.admin.patch("/api/v1/settings", Map.of("timeZone", "America/New_York"));
		assertThat(changed.field("checkInDay")).isEqualTo("monday");
		assertThat(changed.field("checkInTime")).isEqualTo("09:00");
		assertThat(changed.field("timeZone")).isEqualTo("America/New_York");
	}

	@Test
	void badDayTimeOrZoneIsA400NamingEachField() {
		Reply before = this.admin.get("/api/v1/settings");
		Reply refused = this.admin.patch("/api/v1/settings",
				Map.of("checkInDay", "someday", "checkInTime", "25:99", "timeZone", "Mars/Olympus_Mons"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("checkInDay", "checkInTime", "timeZone");
		assertThat(this.admin.get("/api/v1/settings").json().get("version")).isEqualTo(before.json().get("version"));
		assertThat(this.admin.patch("/api/v1/settings", Map.of("checkInTime", 9)).errorFields())
			.containsExactly("checkInTime");
		assertThat(this.admin.patch("/api/v1/settings", "{\"timeZone\": null}").errorFields())
			.containsExactly("timeZone");
		assertThat(this.admin.patch("/api/v1/settings", "[1, 2]").status()).isEqualTo(400);
	}

	@Test
	void aStaleIfMatchIsA412AndChangesNothing() {
		Reply before = this.admin.get("/api/v1/settings");
		this.admin.patch("/api/v1/settings", Map.of("checkInTime", "10:00"));
		Reply stale = this.admin.patch("/api/v1/settings", Map.of("checkInTime", "11:00"), before.header("ETag"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(this.admin.get("/api/v1/settings").field("checkInTime")).isEqualTo("10:00");
	}

	@Test
	void onlyAdminsChangeTheRhythm() {
		assertThat(person("champion").api().patch("/api/v1/settings", Map.of("checkInTime", "10:00")).status())
			.isEqualTo(403);
		assertThat(person("member").api().patch("/api/v1/settings", Map.of("checkInTime", "10:00")).status())
			.isEqualTo(403);
	}

	@Test
	void aPersonRemindedEveryWeekByDefaultChoosesHowOften() {
		Person member = person("member");
		assertThat(member.api().get("/api/v1/people/me/reminders").field("frequency")).isEqualTo("weekly");
		Reply chosen = member.api().put("/api/v1/people/me/reminders", Map.of("frequency", "biweekly"));
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.field("frequency")).isEqualTo("biweekly");
		member.api().put("/api/v1/people/me/reminders", Map.of("frequency", "off"));
		assertThat(member.api().get("/api/v1/people/me/reminders").field("frequency")).isEqualTo("off");
		assertThat(person("member").api().get("/api/v1/people/me/reminders").field("frequency")).isEqualTo("weekly");
	}

	@Test
	void anUnknownOrMissingFrequencyIsA400NamingTheField() {
		Person member = person("member");
		assertThat(member.api().put("/api/v1/people/me/reminders", Map.of("frequency", "daily")).errorFields())
			.containsExactly("frequency");
		assertThat(member.api().put("/api/v1/people/me/reminders", Map.of()).errorFields())
			.containsExactly("frequency");
		assertThat(member.api().put("/api/v1/people/me/reminders", "{\"frequency\": 7}").errorFields())
			.containsExactly("frequency");
		assertThat(member.api().get("/api/v1/people/me/reminders").field("frequency")).isEqualTo("weekly");
	}

	@Test
	void theOpenApiDocumentDescribesTheRemindersAndSettings() {
		Reply document = this.anonymous.get("/api/v1/openapi.json");
		assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/settings",
				"/api/v1/reminders/check-ins", "/api/v1/people/me/reminders");
	}

}
