package dev.lodestar.coach.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.coach.Coach;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.web.Htmx;

/**
 * The coach beside a form, as a person writes: the objective form (new or edited) and the
 * key-result forms post what is typed so far to {@code /coach/draft} and show the answer
 * in their coach panel. The form names what it coaches with hidden fields:
 * {@code coach-objective} for a stored objective (whose key results are included),
 * {@code coach-key-result} for the key result being edited ({@code new} for one being
 * added, whose fields are then the form's), {@code cycle} and {@code coach-team} for a
 * new objective. Text beyond what an objective may hold is not read: the panel says so,
 * and saving says why. A stored objective's findings are read on its page.
 */
@Controller
class CoachPanel {

	private final Coach coach;

	private final Cycles cycles;

	private final Objectives objectives;

	CoachPanel(Coach coach, Cycles cycles, Objectives objectives) {
		this.coach = coach;
		this.cycles = cycles;
		this.objectives = objectives;
	}

	@PostMapping("/coach/draft")
	String draft(@RequestParam MultiValueMap<String, String> form, Model model) {
		Draft draft = draft(form);
		if (draft == null) {
			model.addAttribute("panel", Panel.nothing());
			return "coach/panel :: findings";
		}
		FieldErrors errors = Coach.bounds(draft);
		if (!errors.isEmpty()) {
			model.addAttribute("panel", Panel.tooLong(errors.list().stream().map(FieldError::field).toList()));
			return "coach/panel :: findings";
		}
		model.addAttribute("panel", Panel.of(FindingRow.of(draft, this.coach.run(List.of(draft)).of(draft))));
		return "coach/panel :: findings";
	}

	@GetMapping("/coach/objectives/{id}")
	String objective(@PathVariable String id, Model model, HttpServletRequest request) {
		ObjectiveId objectiveId = ObjectiveId.fromPath(id);
		Objective objective = this.objectives.get(objectiveId);
		Draft draft = this.coach.stored(objectiveId);
		model.addAttribute("objective", objective);
		model.addAttribute("panel", Panel.of(FindingRow.of(draft, this.coach.check(objectiveId))));
		return Htmx.page(request, "coach/objective", "section");
	}

	/**
	 * The draft a form describes, or {@code null} when it names nothing the coach can
	 * read.
	 */
	private Draft draft(MultiValueMap<String, String> form) {
		String objective = form.getFirst("coach-objective");
		if (objective != null && !objective.isBlank()) {
			Draft stored = this.coach.stored(ObjectiveId.fromField("coach-objective", objective));
			String keyResult = form.getFirst("coach-key-result");
			if (keyResult == null || keyResult.isBlank()) {
				return new Draft(stored.objectiveId(), stored.cycleId(), stored.teamIds(), form.getFirst("title"),
						form.getFirst("description"), kind(form.getFirst("kind"), stored.kind()), stored.keyResults());
			}
			return stored.withKeyResults(withKeyResult(stored, keyResult, form));
		}
		CycleId cycle = id(form.getFirst("cycle"), CycleId::fromPath);
		if (cycle == null || !this.cycles.exists(cycle)) {
			return null;
		}
		TeamId team = id(form.getFirst("coach-team"), TeamId::fromPath);
		return new Draft(null, cycle, (team != null) ? List.of(team) : List.of(), form.getFirst("title"),
				form.getFirst("description"), kind(form.getFirst("kind"), ObjectiveKind.ASPIRATIONAL), List.of());
	}

	/** The stored key results with the one being edited or added as it is typed. */
	private static List<KeyResultDraft> withKeyResult(Draft stored, String keyResult,
			MultiValueMap<String, String> form) {
		KeyResultType type = type(form.getFirst("type"));
		List<KeyResultDraft> keyResults = new ArrayList<>();
		boolean replaced = false;
		for (KeyResultDraft existing : stored.keyResults()) {
			if (existing.id() != null && existing.id().toString().equals(keyResult)) {
				keyResults.add(new KeyResultDraft(existing.id(), form.getFirst("title"),
						(type != null) ? type : existing.type(), number(form.getFirst("startValue")),
						number(form.getFirst("targetValue")), form.getFirst("unit"), metric(form),
						existing.carriedFrom()));
				replaced = true;
			}
			else {
				keyResults.add(existing);
			}
		}
		if (!replaced) {
			keyResults.add(new KeyResultDraft(null, form.getFirst("title"), type, number(form.getFirst("startValue")),
					number(form.getFirst("targetValue")), form.getFirst("unit"), metric(form), null));
		}
		return keyResults;
	}

	/**
	 * The metric chosen in a key result's form, {@code null} for none or one not
	 * readable.
	 */
	private static MetricId metric(MultiValueMap<String, String> form) {
		return id(form.getFirst("metricId"), (raw) -> MetricId.fromField("metricId", raw));
	}

	private static <T> T id(String raw, java.util.function.Function<String, T> parse) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return parse.apply(raw.strip());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static ObjectiveKind kind(String raw, ObjectiveKind otherwise) {
		return ("committed".equals(raw)) ? ObjectiveKind.COMMITTED
				: ("aspirational".equals(raw)) ? ObjectiveKind.ASPIRATIONAL : otherwise;
	}

	private static KeyResultType type(String raw) {
		if (raw == null) {
			return null;
		}
		for (KeyResultType type : KeyResultType.values()) {
			if (type.value().equals(raw.strip().toLowerCase(Locale.ROOT))) {
				return type;
			}
		}
		return null;
	}

	/** A number as typed ("62", "1,5", "80 %"); {@code null} when there is none. */
	private static Double number(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(raw.strip().replace(',', '.').replace("%", "").strip());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * What the panel shows: the findings, or why it read nothing.
	 *
	 * @param tooLong the fields beyond what the coach reads, if any
	 */
	record Panel(List<FindingRow> findings, List<String> tooLong, boolean blank) {

		static Panel of(List<FindingRow> findings) {
			return new Panel(findings, List.of(), false);
		}

		static Panel tooLong(List<String> fields) {
			return new Panel(List.of(), fields, false);
		}

		static Panel nothing() {
			return new Panel(List.of(), List.of(), true);
		}

		public long warnings() {
			return this.findings.stream().filter(FindingRow::warning).count();
		}

	}

}
