package dev.lodestar.surveys.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.surveys.SurveyQuestion;
import dev.lodestar.surveys.Surveys;
import dev.lodestar.web.FormErrors;

/**
 * {@code /cycles/{id}/survey}: the survey on the OKR process, answered with a plain form
 * while the cycle is in reflect; {@code /questions}: admins and champions edit its
 * questions until the first answer; {@code /results}: what the answers add up to.
 */
@Controller
class SurveyPages {

	private final Surveys surveys;

	private final Cycles cycles;

	SurveyPages(Surveys surveys, Cycles cycles) {
		this.surveys = surveys;
		this.cycles = cycles;
	}

	@GetMapping("/cycles/{id}/survey")
	String survey(Actor actor, @PathVariable String id, Model model) {
		return answerPage(actor, CycleId.fromPath(id), Map.of(), Map.of(), model);
	}

	@PostMapping("/cycles/{id}/survey")
	String answer(Actor actor, @PathVariable String id, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		CycleId cycle = CycleId.fromPath(id);
		List<SurveyQuestion> questions = this.surveys.questions(cycle);
		Map<String, String> typed = new HashMap<>();
		Map<String, String> errors = FormErrors.none();
		List<Surveys.Answer> answers = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			SurveyQuestion question = questions.get(i);
			String raw = request.getParameter("q-" + question.id());
			typed.put(question.id().toString(), (raw != null) ? raw : "");
			if (question.scale()) {
				Integer value = null;
				if (raw != null && !raw.isBlank()) {
					try {
						value = Integer.valueOf(raw.strip());
					}
					catch (NumberFormatException ex) {
						errors.put("answers[" + i + "].value", "must be a whole number from 1 to 5");
					}
				}
				answers.add(new Surveys.Answer(question.id().toString(), value, null));
			}
			else {
				answers.add(new Surveys.Answer(question.id().toString(), null, raw));
			}
		}
		if (FormErrors.attempt(errors, () -> this.surveys.answer(actor, cycle, answers))) {
			return "redirect:/cycles/" + cycle + "/survey";
		}
		response.setStatus(422);
		Map<String, String> byQuestion = new HashMap<>();
		errors.forEach((field, message) -> byQuestion.put(questionOf(field, questions), message));
		return answerPage(actor, cycle, typed, byQuestion, model);
	}

	private static String questionOf(String field, List<SurveyQuestion> questions) {
		if (field.startsWith("answers[")) {
			int index = Integer.parseInt(field.substring("answers[".length(), field.indexOf(']')));
			return questions.get(index).id().toString();
		}
		return "form";
	}

	private String answerPage(Actor actor, CycleId cycleId, Map<String, String> typed, Map<String, String> errors,
			Model model) {
		Cycle cycle = this.cycles.get(cycleId);
		List<SurveyQuestion> questions = this.surveys.questions(cycleId);
		boolean answered = this.surveys.answered(actor, cycleId);
		model.addAttribute("cycle", cycle);
		model.addAttribute("questions", questions);
		model.addAttribute("scale", Surveys.SCALE);
		model.addAttribute("open", cycle.phase() == Phase.REFLECT);
		model.addAttribute("answered", answered);
		model.addAttribute("asked", actor.mayWrite());
		model.addAttribute("runsProgram", actor.runsProgram());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "surveys/survey";
	}

	@GetMapping("/cycles/{id}/survey/questions")
	String questions(Actor actor, @PathVariable String id, Model model) {
		actor.require(actor.runsProgram(), "edit the survey's questions");
		CycleId cycle = CycleId.fromPath(id);
		List<QuestionRow> rows = new ArrayList<>(this.surveys.questions(cycle)
			.stream()
			.map((q) -> new QuestionRow(q.id().toString(), q.text(), q.kind().value(), q.position(), false, null))
			.toList());
		return questionsPage(cycle, rows, null, model);
	}

	@PostMapping("/cycles/{id}/survey/questions")
	String putQuestions(Actor actor, @PathVariable String id, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		actor.require(actor.runsProgram(), "edit the survey's questions");
		CycleId cycle = CycleId.fromPath(id);
		int count = parseInt(request.getParameter("count"), 0);
		List<QuestionRow> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(count, Surveys.MAX_QUESTIONS + 1); i++) {
			String text = request.getParameter("text" + i);
			String questionId = request.getParameter("id" + i);
			boolean isNew = questionId == null || questionId.isBlank();
			if (isNew && (text == null || text.isBlank())) {
				continue;
			}
			rows.add(new QuestionRow(questionId, text, request.getParameter("kind" + i),
					parseInt(request.getParameter("order" + i), i + 1), request.getParameter("remove" + i) != null,
					null));
		}
		List<QuestionRow> kept = rows.stream()
			.filter((row) -> !row.remove())
			.sorted(Comparator.comparingInt(QuestionRow::order))
			.toList();
		Map<String, String> errors = FormErrors.none();
		List<Surveys.NewQuestion> questions = kept.stream()
			.map((row) -> new Surveys.NewQuestion(row.id(), row.text(), row.kind()))
			.toList();
		if (FormErrors.attempt(errors, () -> this.surveys.putQuestions(actor, cycle, questions)) != null) {
			return "redirect:/cycles/" + cycle + "/survey/questions?saved";
		}
		response.setStatus(422);
		List<QuestionRow> shown = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			String prefix = "questions[" + i + "].";
			String message = errors.getOrDefault(prefix + "text",
					errors.getOrDefault(prefix + "kind", errors.get(prefix + "id")));
			shown.add(kept.get(i).withError(message));
		}
		return questionsPage(cycle, shown, errors.get("questions"), model);
	}

	private String questionsPage(CycleId cycleId, List<QuestionRow> rows, String formError, Model model) {
		model.addAttribute("cycle", this.cycles.get(cycleId));
		model.addAttribute("rows", rows);
		model.addAttribute("editable", this.surveys.editable(cycleId));
		model.addAttribute("formError", formError);
		model.addAttribute("newIndex", rows.size());
		return "surveys/questions";
	}

	@GetMapping("/cycles/{id}/survey/results")
	String results(Actor actor, @PathVariable String id, Model model) {
		CycleId cycle = CycleId.fromPath(id);
		model.addAttribute("results", this.surveys.results(actor, cycle));
		model.addAttribute("cycle", this.cycles.get(cycle));
		model.addAttribute("scale", Surveys.SCALE);
		return "surveys/results";
	}

	private static int parseInt(String raw, int otherwise) {
		try {
			return (raw != null) ? Integer.parseInt(raw.strip()) : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** A question as the edit form shows it, with what was typed. */
	record QuestionRow(String id, String text, String kind, int order, boolean remove, String error) {

		QuestionRow withError(String message) {
			return new QuestionRow(this.id, this.text, this.kind, this.order, false, message);
		}

	}

}
