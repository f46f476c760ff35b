package dev.lodestar.rhythm.web;

import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

import dev.lodestar.rhythm.Week;

/**
 * The week a page was asked for with {@code ?week=}: this week when none is given; a date
 * that is not a Monday is answered with a redirect to the Monday of its week, and text
 * that is not a date with a 400 page.
 */
record WeekChoice(Week week, String redirect, boolean invalid) {

	static WeekChoice of(String raw, Week thisWeek, String page) {
		if (raw == null || raw.isBlank()) {
			return new WeekChoice(thisWeek, null, false);
		}
		LocalDate date = Week.dateOrNull(raw);
		if (date == null) {
			return new WeekChoice(null, null, true);
		}
		if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
			return new WeekChoice(null, "redirect:" + page + "?week=" + Week.holding(date), false);
		}
		return new WeekChoice(new Week(date), null, false);
	}

	/** The page to answer with when no week was chosen: the redirect or the 400 page. */
	String refusal(Model model, HttpServletResponse response) {
		if (this.redirect != null) {
			return this.redirect;
		}
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("reason", "Bad Request");
		model.addAttribute("message", "A week is named by its Monday, written as YYYY-MM-DD, such as 2027-01-04.");
		return "error";
	}

	boolean chosen() {
		return this.week != null;
	}

}
