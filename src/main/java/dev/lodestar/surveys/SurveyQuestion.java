package dev.lodestar.surveys;

import java.util.UUID;

/**
 * One question of a cycle's survey, at its place in the survey.
 */
public record SurveyQuestion(UUID id, int position, String text, QuestionKind kind) {

	public boolean scale() {
		return this.kind == QuestionKind.SCALE;
	}

}
