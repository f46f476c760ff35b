package dev.lodestar.rhythm.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * A team's Monday page for its weekly meeting: the key results of the cycles in execute,
 * each with its confidence set for the week (saved as a check-in of the current value, in
 * place), and the week's top priorities.
 */
@Controller
class MondayPage {

	private final MondaySheet sheet;

	private final CheckIns checkIns;

	MondayPage(MondaySheet sheet, CheckIns checkIns) {
		this.sheet = sheet;
		this.checkIns = checkIns;
	}

	@GetMapping("/teams/{id}/monday")
	String monday(Actor actor, @PathVariable String id, @RequestParam(required = false) String week, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		WeekChoice choice = WeekChoice.of(week, this.sheet.thisWeek(), "/teams/" + team + "/monday");
		if (!choice.chosen()) {
			return choice.refusal(model, response);
		}
		this.sheet.fill(actor, team, choice.week(), model);
		return Htmx.page(request, MondaySheet.TEMPLATE, "week");
	}

	/**
	 * Sets a key result's confidence for the week: a check-in of its current value with
	 * the new confidence, so the confidence is the same everywhere.
	 */
	@PostMapping("/teams/{id}/monday/key-results/{keyResultId}/confidence")
	String confidence(Actor actor, @PathVariable String id, @PathVariable String keyResultId,
			@RequestParam(required = false) String confidence, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		KeyResultId keyResult = KeyResultId.fromPath(keyResultId);
		Map<String, String> errors = FormErrors.none();
		Integer value = parse(confidence, errors);
		FormErrors.attempt(errors, () -> this.checkIns.recordKeeping(actor, keyResult,
				new CheckIns.NewCheckIn(null, value, null, null), CheckInSource.MANUAL));
		if (errors.isEmpty() && !Htmx.isHtmx(request)) {
			return "redirect:" + MondaySheet.page(team, this.sheet.thisWeek());
		}
		ConfidenceRow row = this.sheet.row(actor, keyResult);
		row = errors.isEmpty() ? row.justSaved() : row.refused(confidence, errors.get("confidence"));
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		if (!Htmx.isHtmx(request)) {
			return this.sheet.fill(actor, team, this.sheet.thisWeek(), "", Map.of(), Map.of(), row, model);
		}
		model.addAttribute("row", row);
		model.addAttribute("teamId", team.toString());
		return "rhythm/fragments :: kr";
	}

	private static Integer parse(String raw, Map<String, String> errors) {
		if (raw == null || raw.isBlank()) {
			errors.put("confidence", "is required");
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			errors.put("confidence", "must be a whole number from 1 to 10");
			return null;
		}
	}

}
