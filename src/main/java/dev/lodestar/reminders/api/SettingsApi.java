package dev.lodestar.reminders.api;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/settings}: the organisation's check-in rhythm and whether objectives are
 * reviewed before they are published. Everyone reads it; admins change it with a merge
 * patch.
 */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsApi {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Program program;

	SettingsApi(Program program) {
		this.program = program;
	}

	@GetMapping
	ResponseEntity<SettingsResource> get() {
		return answer(this.program.settings());
	}

	@PatchMapping
	ResponseEntity<SettingsResource> update(Actor actor,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = SettingsPatch.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		Optional<String> name = patch.optionalText("organisationName");
		Double weeks = patch.number("cycleWeeks");
		if (weeks != null && weeks != Math.rint(weeks)) {
			patch.errors().add("cycleWeeks", "must be a whole number of weeks from 1 to 52");
		}
		if (patch.has("checkInDaySet")) {
			patch.errors().add("checkInDaySet", "is read-only: it turns true when checkInDay is sent");
		}
		var changes = new Program.SettingsChanges(patch.text("checkInDay"), patch.text("checkInTime"),
				patch.text("timeZone"), patch.text("objectiveReview"), (name != null) ? name.orElse("") : null,
				patch.text("cadence"), (weeks != null) ? String.valueOf(weeks.longValue()) : null);
		if (patch.has("version")) {
			patch.errors().add("version", "is sent as If-Match, not in the body");
		}
		patch.validate();
		return answer(this.program.change(actor, ETags.expectedVersion(ifMatch, "settings"), changes));
	}

	private static ResponseEntity<SettingsResource> answer(ProgramSettings settings) {
		return ResponseEntity.ok().eTag(ETags.of(settings.version())).body(SettingsResource.of(settings));
	}

	/**
	 * The check-in rhythm as the API shows it: the day in lower case, the time as
	 * {@code HH:mm}, the zone as its IANA name; the review {@code off} or
	 * {@code required}; the organisation's name (null until given); the cadence of cycles
	 * and, for {@code weeks}, their length; whether the check-in day was ever chosen.
	 */
	record SettingsResource(String checkInDay, String checkInTime, String timeZone, @Schema(allowableValues = {
			"off", "required" }) String objectiveReview,
			@Schema(description = "The organisation's name; null until an admin gives one",
					nullable = true) String organisationName,
			@Schema(allowableValues = { "quarter", "weeks" }, description = "How long cycles are") String cadence,
			@Schema(description = "The length of a cycle in weeks when the cadence is weeks (1 to 52)") int cycleWeeks,
			@Schema(description = "Whether an admin has chosen the check-in day (the setup wizard or a change of "
					+ "checkInDay); read-only") boolean checkInDaySet,
			long version){

		static SettingsResource of(ProgramSettings settings) {
			return new SettingsResource(settings.checkInDay().name().toLowerCase(Locale.ROOT),
					settings.checkInTime().format(HH_MM), settings.timeZone().getId(),
					settings.objectiveReview().value(), settings.organisationName(), settings.cadence().value(),
					settings.cycleWeeks(), settings.checkInDayChosen(), settings.version());
		}

	}

	/** Only for the OpenAPI document: A merge patch: only the fields sent change. */
	record SettingsPatch(String checkInDay, String checkInTime, String timeZone, @Schema(allowableValues = {
			"off", "required" }) String objectiveReview,
			@Schema(description = "At most 200 characters; null or blank removes it",
					nullable = true) String organisationName,
			@Schema(allowableValues = { "quarter", "weeks" }) String cadence,
			@Schema(minimum = "1", maximum = "52") Integer cycleWeeks){
	}

}
