package dev.lodestar.training;

import java.util.List;
import java.util.Optional;

/**
 * One module of the built-in training: a few short sections to read, then questions with
 * one right option each. Modules are resource files ({@code training/<id>.json}) that
 * change with a release.
 *
 * @param audience {@code everyone}, or {@code leads} for a module meant only for people
 * who lead a team and for champions and admins
 */
public record TrainingModule(String id, String title, int minutes, String audience, String summary,
		List<Section> sections, List<Question> questions) {

	/** The audience of a module meant for everyone. */
	public static final String EVERYONE = "everyone";

	/** The audience of a module meant for leads, champions and admins. */
	public static final String LEADS = "leads";

	/** Whether only leads, champions and admins are asked to complete it. */
	public boolean forLeads() {
		return LEADS.equals(this.audience);
	}

	/** The question with this id, if the module has it. */
	public Optional<Question> question(String questionId) {
		return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
	}

	/** A part of the module to read: a heading and its paragraphs of plain text. */
	public record Section(String title, List<String> paragraphs) {
	}

	/**
	 * A question: its options, the one right option, and what explains it once answered.
	 */
	public record Question(String id, String text, List<String> options, String answer, String explanation) {

		/** Whether an option is the right one. */
		public boolean rightAnswer(String option) {
			return this.answer.equals(option);
		}

	}

}
