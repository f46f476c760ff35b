package dev.lodestar.rhythm.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.Priorities;
import dev.lodestar.rhythm.PriorityId;
import dev.lodestar.rhythm.Week;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * The top priorities on the Monday page, changed in place: add, edit, tick, remove, and
 * carry one of last week's unfinished priorities over. Each answers with the list again
 * (or, without htmx, the page).
 */
@Controller
class MondayPriorities {

	private final Priorities priorities;

	private final MondaySheet sheet;

	MondayPriorities(Priorities priorities, MondaySheet sheet) {
		this.priorities = priorities;
		this.sheet = sheet;
	}

	@PostMapping("/teams/{id}/monday/priorities")
	String add(Actor actor, @PathVariable String id, @RequestParam String week,
			@RequestParam(required = false) String text, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Week chosen = Week.parse("week", week);
		Map<String, String> errors = FormErrors.none();
		FormErrors.attempt(errors, () -> this.priorities.add(actor, team, chosen, text));
		return answer(actor, team, chosen, errors.isEmpty() ? "" : text, errors, Map.of(), model, request, response);
	}

	@PostMapping("/teams/{id}/monday/priorities/{priorityId}")
	String edit(Actor actor, @PathVariable String id, @PathVariable String priorityId, @RequestParam String week,
			@RequestParam(required = false) String text, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PriorityId priority = PriorityId.fromPath(priorityId);
		Map<String, String> refused = FormErrors.none();
		FormErrors.attempt(refused, () -> this.priorities.change(actor, priority, null, text, null));
		Map<String, String> errors = refused.isEmpty() ? Map.of() : Map.of(priorityId, refused.get("text"));
		Map<String, String> typed = refused.isEmpty() ? Map.of() : Map.of(priorityId, (text != null) ? text : "");
		return answer(actor, TeamId.fromPath(id), Week.parse("week", week), "", errors, typed, model, request,
				response);
	}

	@PostMapping("/teams/{id}/monday/priorities/{priorityId}/done")
	String tick(Actor actor, @PathVariable String id, @PathVariable String priorityId, @RequestParam String week,
			@RequestParam(required = false) String done, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return change(actor, id, week,
				() -> this.priorities.change(actor, PriorityId.fromPath(priorityId), null, null, "true".equals(done)),
				model, request, response);
	}

	@PostMapping("/teams/{id}/monday/priorities/{priorityId}/remove")
	String remove(Actor actor, @PathVariable String id, @PathVariable String priorityId, @RequestParam String week,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return change(actor, id, week, () -> {
			this.priorities.remove(actor, PriorityId.fromPath(priorityId), null);
			return null;
		}, model, request, response);
	}

	@PostMapping("/teams/{id}/monday/priorities/{priorityId}/carry-over")
	String carryOver(Actor actor, @PathVariable String id, @PathVariable String priorityId, @RequestParam String week,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		return change(actor, id, week,
				() -> this.priorities.carryOver(actor, team, PriorityId.fromPath(priorityId), Week.parse("week", week)),
				model, request, response);
	}

	private String change(Actor actor, String id, String week, Supplier<?> change, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Week chosen = Week.parse("week", week);
		change.get();
		return answer(actor, team, chosen, "", Map.of(), Map.of(), model, request, response);
	}

	private String answer(Actor actor, TeamId team, Week week, String newText, Map<String, String> errors,
			Map<String, String> typed, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (errors.isEmpty() && !Htmx.isHtmx(request)) {
			return "redirect:" + MondaySheet.page(team, week);
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		this.sheet.fill(actor, team, week, newText, errors, typed, null, model);
		return Htmx.page(request, MondaySheet.TEMPLATE, "priorities");
	}

}
