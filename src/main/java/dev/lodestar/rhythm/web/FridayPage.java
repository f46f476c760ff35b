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

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.KudosWall;
import dev.lodestar.rhythm.Week;
import dev.lodestar.rhythm.Wins;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * A team's Friday page: the wins of the week (key results that moved, milestones done,
 * wins written by people) and kudos, with a win written and kudos given in place.
 */
@Controller
class FridayPage {

	private final FridaySheet sheet;

	private final Wins wins;

	private final KudosWall kudos;

	FridayPage(FridaySheet sheet, Wins wins, KudosWall kudos) {
		this.sheet = sheet;
		this.wins = wins;
		this.kudos = kudos;
	}

	@GetMapping("/teams/{id}/friday")
	String friday(Actor actor, @PathVariable String id, @RequestParam(required = false) String week, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		WeekChoice choice = WeekChoice.of(week, this.sheet.thisWeek(), "/teams/" + team + "/friday");
		if (!choice.chosen()) {
			return choice.refusal(model, response);
		}
		this.sheet.fill(actor, team, choice.week(), FridayView.Typed.nothing(), Map.of(), model);
		return Htmx.page(request, FridaySheet.TEMPLATE, "week");
	}

	@PostMapping("/teams/{id}/friday/wins")
	String writeWin(Actor actor, @PathVariable String id, @RequestParam String week,
			@RequestParam(required = false) String text, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Week chosen = Week.parse("week", week);
		Map<String, String> errors = FormErrors.none();
		FormErrors.attempt(errors, () -> this.wins.write(actor, team, chosen, text));
		FridayView.Typed typed = errors.isEmpty() ? FridayView.Typed.nothing() : new FridayView.Typed(text, "", "");
		return answer(actor, team, chosen, typed, errors, "wins", model, request, response);
	}

	@PostMapping("/teams/{id}/friday/kudos")
	String giveKudos(Actor actor, @PathVariable String id, @RequestParam(required = false) String toId,
			@RequestParam(required = false) String message, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TeamId team = TeamId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		FormErrors.attempt(errors, () -> this.kudos.give(actor, team, recipient(toId), message));
		FridayView.Typed typed = errors.isEmpty() ? FridayView.Typed.nothing()
				: new FridayView.Typed("", (toId != null) ? toId : "", message);
		return answer(actor, team, this.sheet.thisWeek(), typed, errors, "kudos", model, request, response);
	}

	private static PersonId recipient(String toId) {
		if (toId == null || toId.isBlank()) {
			throw InvalidInputException.of("toId", "choose who the kudos are for");
		}
		return PersonId.fromField("toId", toId);
	}

	private String answer(Actor actor, TeamId team, Week week, FridayView.Typed typed, Map<String, String> errors,
			String fragment, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (errors.isEmpty() && !Htmx.isHtmx(request)) {
			return "redirect:" + FridaySheet.page(team, week);
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		this.sheet.fill(actor, team, week, typed, errors, model);
		return Htmx.page(request, FridaySheet.TEMPLATE, fragment);
	}

}
