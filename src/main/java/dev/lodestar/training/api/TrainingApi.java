package dev.lodestar.training.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;
import dev.lodestar.training.Training;
import dev.lodestar.training.TrainingModule;
import dev.lodestar.web.ApiListing;

/**
 * {@code /api/v1/training/modules}: the modules meant for the caller and what they
 * completed, one module with its sections and questions (never the right answers), and
 * answering them; {@code /api/v1/training/progress}: who has finished.
 */
@RestController
class TrainingApi {

	private static final String PROBLEM = "application/problem+json";

	private final Training training;

	TrainingApi(Training training) {
		this.training = training;
	}

	@Operation(summary = "The modules meant for the caller",
			description = "Every module for leads of a team, champions and admins; the module for leads is left out"
					+ " for the others (they can still open it by its id).")
	@GetMapping("/api/v1/training/modules")
	ApiListing<ModuleSummary> modules(Actor actor) {
		List<ModuleSummary> items = this.training.modules(actor).stream().map(ModuleSummary::of).toList();
		return new ApiListing<>(items, items.size());
	}

	@Operation(summary = "One module: its sections to read and its questions",
			description = "The questions come with their options, never with the right answers.")
	@GetMapping("/api/v1/training/modules/{id}")
	ModuleResource module(Actor actor, @PathVariable String id) {
		return ModuleResource.of(this.training.module(actor, id));
	}

	@Operation(summary = "Answer a module's questions",
			description = "One option for each question. The module is passed when every answer is right; passing"
					+ " completes it for the caller (a second pass keeps the first time). A missing answer, an"
					+ " unknown question or an option the question does not have is a 400 naming"
					+ " answers[<questionId>].")
	@PostMapping("/api/v1/training/modules/{id}/answers")
	GradingResource answer(Actor actor, @PathVariable String id, @RequestBody(required = false) AnswersRequest body) {
		return GradingResource.of(this.training.answer(actor, id, (body != null) ? body.answers() : null));
	}

	@Operation(summary = "Who has finished the training",
			description = "Without teamId: everyone who is not deactivated (admins and champions). With teamId: the"
					+ " team's members and leads (admins, champions and the team's leads). Done means every module"
					+ " meant for the person is completed.")
	@ApiResponse(responseCode = "200", description = "The people and where each stands, by name")
	@ApiResponse(responseCode = "404", description = "No team with that id",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/api/v1/training/progress")
	ApiListing<ProgressResource> progress(Actor actor,
			@Parameter(description = "Only the members and leads of this team") @RequestParam(
					required = false) String teamId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		TeamId team = (teamId != null && !teamId.isBlank()) ? TeamId.fromField("teamId", teamId) : null;
		return ApiListing.of(this.training.progress(actor, team, Paging.of(limit, offset)).map(ProgressResource::of));
	}

	/**
	 * A module in the list.
	 *
	 * @param audience who is asked to complete it
	 */
	record ModuleSummary(String id, String title, int minutes, boolean completed, Instant completedAt,
			@Schema(allowableValues = {
					"everyone", "leads" }) String audience,
			String summary){

		static ModuleSummary of(Training.ModuleStatus status) {
			TrainingModule module = status.module();
			return new ModuleSummary(module.id(), module.title(), module.minutes(), status.completed(),
					status.completedAt(), module.audience(), module.summary());
		}

	}

	/** A module with its sections and its questions. */
	record ModuleResource(String id, String title, int minutes, boolean completed, Instant completedAt,
			@Schema(allowableValues = {
					"everyone", "leads" }) String audience,
			String summary, List<SectionResource> sections, List<QuestionResource> questions){

		static ModuleResource of(Training.ModuleStatus status) {
			TrainingModule module = status.module();
			return new ModuleResource(module.id(), module.title(), module.minutes(), status.completed(),
					status.completedAt(), module.audience(), module.summary(),
					module.sections()
						.stream()
						.map((section) -> new SectionResource(section.title(), section.paragraphs()))
						.toList(),
					module.questions()
						.stream()
						.map((question) -> new QuestionResource(question.id(), question.text(), question.options()))
						.toList());
		}

	}

	/** A part of a module to read: a heading and paragraphs of plain text. */
	record SectionResource(String title, List<String> paragraphs) {
	}

	/** A question and its options; answer with one option's exact text. */
	record QuestionResource(String id, String text, List<String> options) {
	}

	/**
	 * The answers: for each question's id, the chosen option's exact text.
	 */
	record AnswersRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			example = "{\"q1\": \"Monthly gross revenue churn from 1.9 % to 1.5 %\"}") Map<String, String> answers) {
	}

	/**
	 * The outcome: passed (every answer right), how many were right of how many, whether
	 * the module is now completed for the caller and since when, each question's result
	 * with its explanation, and the wrong ones again on their own.
	 */
	record GradingResource(boolean passed, int correct, int total, boolean completed, Instant completedAt,
			List<WrongResource> wrong, List<ResultResource> results) {

		static GradingResource of(Training.Grading grading) {
			return new GradingResource(grading.passed(), grading.correct(), grading.total(),
					grading.completedAt() != null, grading.completedAt(),
					grading.answers()
						.stream()
						.filter((answered) -> !answered.correct())
						.map((answered) -> new WrongResource(answered.question().id(), answered.option(),
								answered.question().explanation()))
						.toList(),
					grading.answers()
						.stream()
						.map((answered) -> new ResultResource(answered.question().id(), answered.option(),
								answered.correct(), answered.question().explanation()))
						.toList());
		}

	}

	/** A question answered wrongly: the option chosen and what explains the question. */
	record WrongResource(String questionId, String chosen, String explanation) {
	}

	/** One question's result. */
	record ResultResource(String questionId, String chosen, boolean correct, String explanation) {
	}

	/**
	 * Where one person stands: the ids of the modules they completed, and whether they
	 * are done.
	 */
	record ProgressResource(String personId, String name, List<String> completed, boolean done) {

		static ProgressResource of(Training.Progress progress) {
			return new ProgressResource(progress.personId().toString(), progress.name(), progress.completed(),
					progress.done());
		}

	}

}
