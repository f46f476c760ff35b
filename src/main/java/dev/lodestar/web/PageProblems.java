package dev.lodestar.web;

import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.StaleVersionException;
import dev.lodestar.shared.TooManyAttemptsException;

/**
 * Answers the web app's failures with a plain page that says what happened; the API's are
 * answered by {@link ApiProblems}. Invalid input in a form never gets here: each form
 * shows its own messages beside its fields.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "There is nothing here. It may have been removed.");
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView tooManyAttempts(TooManyAttemptsException ex) {
		return page(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView stale(StaleVersionException ex) {
		return page(HttpStatus.CONFLICT, "Someone changed this while you were editing; reload to see their change.");
	}

	/**
	 * A value in a page's address that is not one (such as an id that is not an id); the
	 * forms answer their own fields' errors beside the fields before it comes to this.
	 */
	@ExceptionHandler
	ModelAndView invalid(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST,
				"This address holds a value Lodestar cannot read: " + ex.errors()
					.stream()
					.map((error) -> error.field() + " " + error.message())
					.collect(Collectors.joining("; ")) + ".");
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
