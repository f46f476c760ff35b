package dev.lodestar.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.organization.Actor;
import dev.lodestar.review.Reviews;

/**
 * {@code /reviews}: the objectives waiting for the person's review, oldest first, and for
 * champions and admins the way to where every team stands.
 */
@Controller
class ReviewsPage {

	private final WaitingRows rows;

	private final Reviews reviews;

	ReviewsPage(WaitingRows rows, Reviews reviews) {
		this.rows = rows;
		this.reviews = reviews;
	}

	@GetMapping("/reviews")
	String reviews(Actor actor, Model model) {
		model.addAttribute("rows", this.rows.of(actor));
		model.addAttribute("required", this.reviews.required());
		model.addAttribute("runsProgram", actor.runsProgram());
		return "review/reviews";
	}

}
