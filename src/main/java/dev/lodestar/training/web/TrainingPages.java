package dev.lodestar.training.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.training.Training;
import dev.lodestar.training.TrainingModule;

/**
 * {@code /training}: the modules meant for the person with what they completed;
 * {@code /training/{id}}: a module's sections and its questions as a form, answered on
 * the same page with what was right or wrong and why; {@code /training/progress}: who has
 * finished, for champions and admins (everyone, by team) and for leads (their teams).
 */
@Controller
class TrainingPages {

	static final String ANSWER = "answer.";

	private static final int PAGE_SIZE = 50;

	private final Training training;

	private final Teams teams;

	TrainingPages(Training training, Teams teams) {
		this.training = training;
		this.teams = teams;
	}

	@GetMapping("/training")
	String modules(Actor actor, Model model) {
		List<Training.ModuleStatus> modules = this.training.modules(actor);
		model.addAttribute("modules", modules);
		model.addAttribute("done", modules.stream().filter(Training.ModuleStatus::completed).count());
		model.addAttribute("next",
				modules.stream()
					.filter((status) -> !status.completed())
					.map(Training.ModuleStatus::module)
					.findFirst()
					.orElse(null));
		model.addAttribute("seesProgress", actor.runsProgram() || !actor.ledTeams().isEmpty());
		return "training/modules";
	}

	@GetMapping("/training/{id}")
	String module(Actor actor, @PathVariable String id, Model model) {
		return show(actor, id, model, Map.of(), null, Map.of());
	}

	@PostMapping("/training/{id}")
	String answer(Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
		Map<String, String> answers = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith(ANSWER) && !values.isEmpty()) {
				answers.put(name.substring(ANSWER.length()), values.getFirst());
			}
		});
		try {
			Training.Grading grading = this.training.answer(actor, id, answers);
			return show(actor, id, model, answers, grading, Map.of());
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new HashMap<>();
			for (FieldError error : ex.errors()) {
				String field = error.field();
				if ("answers".equals(field)) {
					this.training.module(actor, id)
						.module()
						.questions()
						.forEach((question) -> errors.put(question.id(), "Choose an answer."));
				}
				else if (field.startsWith("answers[")) {
					errors.put(field.substring(8, field.length() - 1), error.message().startsWith("is required")
							? "Choose an answer." : "Choose one of the options.");
				}
			}
			return show(actor, id, model, answers, null, errors);
		}
	}

	@GetMapping("/training/progress")
	String progress(Actor actor, @RequestParam(required = false) String team,
			@RequestParam(required = false) Integer page, Model model) {
		boolean everyone = actor.runsProgram();
		if (!everyone && actor.ledTeams().isEmpty()) {
			throw new ForbiddenException("Only admins, champions and the leads of a team see who has finished.");
		}
		Map<TeamId, String> choices = new LinkedHashMap<>();
		if (everyone) {
			this.teams.all().forEach((one) -> choices.put(one.id(), one.name()));
		}
		else {
			this.teams.names(actor.ledTeams())
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.forEach((entry) -> choices.put(entry.getKey(), entry.getValue()));
		}
		TeamId chosen = (team != null && !team.isBlank()) ? TeamId.fromField("team", team) : null;
		if (chosen == null && !everyone) {
			chosen = choices.keySet().iterator().next();
		}
		int number = (page != null && page > 0) ? page : 1;
		ResultPage<Training.Progress> people = this.training.progress(actor, chosen,
				new Paging(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE));
		int pages = (int) Math.max(1, (people.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		String base = "/training/progress?" + ((chosen != null) ? "team=" + chosen + "&" : "") + "page=";
		model.addAttribute("people", people.items());
		model.addAttribute("total", people.total());
		model.addAttribute("doneCount", this.training.countDoneIn(chosen));
		model.addAttribute("teams", choices);
		model.addAttribute("team", (chosen != null) ? chosen.toString() : "");
		model.addAttribute("everyone", everyone);
		model.addAttribute("modules", this.training.catalogue());
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("previousUrl", (number > 1) ? base + (number - 1) : null);
		model.addAttribute("nextUrl", (number < pages) ? base + (number + 1) : null);
		return "training/progress";
	}

	private String show(Actor actor, String id, Model model, Map<String, String> chosen, Training.Grading grading,
			Map<String, String> errors) {
		Training.ModuleStatus status = this.training.module(actor, id);
		List<Training.ModuleStatus> all = this.training.modules(actor);
		List<QuestionView> questions = new ArrayList<>();
		for (TrainingModule.Question question : status.module().questions()) {
			Training.Answered answered = (grading != null) ? grading.answers()
				.stream()
				.filter((one) -> one.question().id().equals(question.id()))
				.findFirst()
				.orElse(null) : null;
			questions.add(new QuestionView(question, chosen.get(question.id()),
					(answered != null) ? answered.correct() : null, errors.get(question.id())));
		}
		int index = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).module().id().equals(id)) {
				index = i;
			}
		}
		model.addAttribute("status", status);
		model.addAttribute("module", status.module());
		model.addAttribute("questions", questions);
		model.addAttribute("grading", grading);
		model.addAttribute("hasErrors", !errors.isEmpty());
		model.addAttribute("completedNow", grading != null && grading.passed());
		model.addAttribute("next", (index >= 0 && index + 1 < all.size()) ? all.get(index + 1).module() : null);
		return "training/module";
	}

	/**
	 * A question as the form shows it: the option chosen (or {@code null}), whether it
	 * was right once graded ({@code null} before), and the error to show at it.
	 */
	public record QuestionView(TrainingModule.Question question, String chosen, Boolean correct, String error) {

		public String fieldName() {
			return ANSWER + this.question.id();
		}

		public boolean graded() {
			return this.correct != null;
		}

	}

}
