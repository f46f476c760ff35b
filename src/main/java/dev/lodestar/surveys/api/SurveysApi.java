package dev.lodestar.surveys.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.surveys.QuestionKind;
import dev.lodestar.surveys.SurveyQuestion;
import dev.lodestar.surveys.SurveyResults;
import dev.lodestar.surveys.Surveys;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/cycles/{id}/survey}: a cycle's survey on the OKR process, its questions,
 * anonymous responses and results.
 */
@RestController
class SurveysApi {

	private final Surveys surveys;

	SurveysApi(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/cycles/{id}/survey")
	SurveyResource get(@PathVariable String id) {
		CycleId cycle = CycleId.fromPath(id);
		return SurveyResource.of(cycle, this.surveys.questions(cycle), this.surveys.editable(cycle));
	}

	@PutMapping("/api/v1/cycles/{id}/survey")
	SurveyResource put(Actor actor, @PathVariable String id, @RequestBody QuestionsRequest body) {
		CycleId cycle = CycleId.fromPath(id);
		List<SurveyQuestion> questions = this.surveys.putQuestions(actor, cycle,
				(body.questions() != null) ? body.questions() : List.of());
		return SurveyResource.of(cycle, questions, true);
	}

	/**
	 * Answers the survey. The response is anonymous and has no address of its own: the
	 * {@code Location} names the survey it went into.
	 */
	@ApiCreated
	@PostMapping("/api/v1/cycles/{id}/survey/responses")
	ResponseEntity<SurveyAnswered> respond(Actor actor, @PathVariable String id,
			@RequestBody SurveyAnswersRequest body) {
		CycleId cycle = CycleId.fromPath(id);
		this.surveys.answer(actor, cycle, body.answers());
		return Created.at("/api/v1/cycles/{id}/survey", cycle.toString()).body(new SurveyAnswered(cycle, true));
	}

	@GetMapping("/api/v1/cycles/{id}/survey/results")
	SurveyResults results(Actor actor, @PathVariable String id) {
		return this.surveys.results(actor, CycleId.fromPath(id));
	}

	record QuestionsRequest(List<Surveys.NewQuestion> questions) {
	}

	record SurveyAnswersRequest(List<Surveys.Answer> answers) {
	}

	record SurveyAnswered(CycleId cycleId, boolean answered) {
	}

	record QuestionResource(UUID id, int position, String text, QuestionKind kind) {
	}

	record SurveyResource(CycleId cycleId, boolean editable, List<String> scale, List<QuestionResource> questions) {

		static SurveyResource of(CycleId cycle, List<SurveyQuestion> questions, boolean editable) {
			return new SurveyResource(cycle, editable, Surveys.SCALE,
					questions.stream()
						.map((q) -> new QuestionResource(q.id(), q.position(), q.text(), q.kind()))
						.toList());
		}

	}

}
