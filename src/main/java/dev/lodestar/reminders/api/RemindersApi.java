package dev.lodestar.reminders.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.reminders.ReminderFrequency;
import dev.lodestar.reminders.ReminderPreferences;
import dev.lodestar.reminders.Reminders;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.MergePatch;
import tools.jackson.databind.JsonNode;

/**
 * Check-in reminders over the API: sending them now (admins and champions), and one's own
 * choice of how often to get them.
 */
@RestController
class RemindersApi {

	private final Reminders reminders;

	private final ReminderPreferences preferences;

	RemindersApi(Reminders reminders, ReminderPreferences preferences) {
		this.reminders = reminders;
		this.preferences = preferences;
	}

	@PostMapping("/api/v1/reminders/check-ins")
	Sent sendNow(Actor actor) {
		return new Sent(this.reminders.sendNow(actor));
	}

	@GetMapping("/api/v1/people/me/reminders")
	Preference mine(Actor actor) {
		return new Preference(this.preferences.of(actor.personId()));
	}

	@PutMapping("/api/v1/people/me/reminders")
	Preference choose(Actor actor, @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = PreferenceRequest.class))) JsonNode body) {
		MergePatch fields = MergePatch.of(body);
		ReminderFrequency frequency = fields.enumValue("frequency", ReminderFrequency.class);
		fields.validate();
		if (frequency == null) {
			throw InvalidInputException.of("frequency", "is required: weekly, biweekly or off");
		}
		return new Preference(this.preferences.choose(actor, frequency));
	}

	/** How many reminders went out. */
	record Sent(int sent) {
	}

	/** How often a person wants the check-in reminder. */
	record Preference(ReminderFrequency frequency) {
	}

	/** Only for the OpenAPI document: The reminder frequency to choose. */
	record PreferenceRequest(ReminderFrequency frequency) {
	}

}
