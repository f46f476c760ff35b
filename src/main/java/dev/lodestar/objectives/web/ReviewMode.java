package dev.lodestar.objectives.web;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.Program;

/**
 * Whether the organisation reviews objectives before they are published, as templates ask
 * it ({@code @reviewMode.required()}): a card offers "Publish" only when it does not.
 * Read once per request, however many cards a page shows.
 */
@Component("reviewMode")
public class ReviewMode {

	private final Program program;

	ReviewMode(Program program) {
		this.program = program;
	}

	public boolean required() {
		return this.program.settings().reviewRequired();
	}

}
