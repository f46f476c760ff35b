package dev.lodestar.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.review.ReviewAction;
import dev.lodestar.review.Reviews;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.web.Htmx;

/**
 * The buttons of an objective's review: submit, approve, request changes. A step taken
 * returns to the objective's page (htmx reloads it whole, as the status and the buttons
 * change); a refused one shows why beside the comment as typed, in place with htmx or on
 * a page of its own, and changes nothing.
 */
@Controller
class ReviewActions {

	private final Reviews reviews;

	private final Objectives objectives;

	private final ReviewPanels panels;

	ReviewActions(Reviews reviews, Objectives objectives, ReviewPanels panels) {
		this.reviews = reviews;
		this.objectives = objectives;
		this.panels = panels;
	}

	@PostMapping("/objectives/{id}/review")
	String act(Actor actor, @PathVariable String id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String comment, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		ObjectiveId objectiveId = ObjectiveId.fromPath(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ReviewAction chosen = ReviewAction.of(action).orElse(null);
		if (chosen == null) {
			errors.put("action", "must be one of " + ReviewAction.names());
		}
		else {
			try {
				this.reviews.act(actor, objectiveId, chosen, comment);
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
			}
			catch (ConflictException ex) {
				errors.put("action", ex.getMessage());
			}
		}
		String page = "/objectives/" + objectiveId;
		if (errors.isEmpty()) {
			String notice = switch (chosen) {
				case SUBMIT -> "Submitted for review. The approvers are told.";
				case APPROVE -> "Approved: the objective is published.";
				case REQUEST_CHANGES -> "Sent back to the team with your comment.";
			};
			if (Htmx.isHtmx(request)) {
				FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
				flash.put("notice", notice);
				RequestContextUtils.saveOutputFlashMap(page, request, response);
				response.setHeader("HX-Redirect", page);
				return "review/fragments :: nothing";
			}
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + page;
		}
		Objective objective = this.objectives.get(objectiveId);
		response.setStatus(422);
		model.addAttribute("panel", this.panels.panel(actor, objective).refused(comment, errors));
		model.addAttribute("title", objective.title());
		return Htmx.isHtmx(request) ? "review/fragments :: panel" : "review/refused";
	}

}
