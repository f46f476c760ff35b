package dev.lodestar.rhythm.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.shared.InvalidInputException;

/**
 * Answers input that no form field can show, such as a week that is not a Monday sent
 * from outside the pages, with a 400 page that says what was wrong.
 */
@ControllerAdvice(basePackageClasses = RhythmPageProblems.class)
class RhythmPageProblems {

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException ex) {
		ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", 400);
		page.addObject("reason", "Bad Request");
		page.addObject("message", ex.getMessage());
		return page;
	}

}
