package dev.lodestar.templates.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.templates.Area;
import dev.lodestar.templates.Template;
import dev.lodestar.templates.TemplateId;
import dev.lodestar.templates.Templates;
import dev.lodestar.web.FormErrors;

/**
 * {@code /templates}: the library, filtered by area and words with a plain GET form; a
 * draft started from a template opens on its edit page, to be adapted; admins and
 * champions add and delete the organisation's own templates. A refused form comes back
 * with what was typed and the errors beside the fields.
 */
@Controller
class TemplatesPage {

	/** The value of the team field for an objective of the whole company. */
	static final String COMPANY = "company";

	private final Templates templates;

	private final Cycles cycles;

	private final Teams teams;

	TemplatesPage(Templates templates, Cycles cycles, Teams teams) {
		this.templates = templates;
		this.cycles = cycles;
		this.teams = teams;
	}

	@GetMapping("/templates")
	String library(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String area,
			Model model) {
		return show(actor, q, area, TemplateForm.empty(), Map.of(), Use.none(), model);
	}

	@PostMapping("/templates/{id}/use")
	String use(Actor actor, @PathVariable String id, @RequestParam(required = false) String cycle,
			@RequestParam(required = false) String team, Model model, HttpServletResponse response) {
		TemplateId template = TemplateId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		CycleId cycleId = id(cycle, "cycle", errors, CycleId::fromPath);
		TeamId teamId = (team == null || team.isBlank() || team.equals(COMPANY)) ? null
				: id(team, "team", errors, TeamId::fromPath);
		if (team == null || team.isBlank()) {
			errors.put("team", "choose the team whose objective it is");
		}
		ObjectiveView created = errors.isEmpty()
				? FormErrors.attempt(errors, () -> this.templates.use(actor, template, cycleId, teamId)) : null;
		if (created != null) {
			return "redirect:/objectives/" + created.objective().id() + "/edit";
		}
		response.setStatus(422);
		Map<String, String> named = new LinkedHashMap<>();
		errors.forEach((field, message) -> named
			.put(field.equals("cycleId") ? "cycle" : field.equals("teamId") ? "team" : field, message));
		return show(actor, null, null, TemplateForm.empty(), Map.of(), new Use(template.value(), cycle, team, named),
				model);
	}

	@PostMapping("/templates")
	String add(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		actor.require(actor.runsProgram(), "add templates");
		TemplateForm form = TemplateForm.of(params);
		Map<String, String> errors = FormErrors.none();
		Template input = form.toTemplate(errors);
		Map<String, String> refused = FormErrors.none();
		FormErrors.attempt(refused, () -> this.templates.check(input));
		refused.forEach((field, message) -> errors.putIfAbsent(form.formField(field), message));
		Template added = errors.isEmpty() ? FormErrors.attempt(errors, () -> this.templates.add(actor, input)) : null;
		if (added != null) {
			return "redirect:/templates?area=" + added.area().value() + "#template-" + added.id();
		}
		response.setStatus(422);
		return show(actor, null, null, form, errors, Use.none(), model);
	}

	@PostMapping("/templates/{id}/delete")
	String delete(Actor actor, @PathVariable String id) {
		this.templates.delete(actor, TemplateId.fromPath(id));
		return "redirect:/templates";
	}

	private String show(Actor actor, String q, String area, TemplateForm form, Map<String, String> errors, Use use,
			Model model) {
		Area chosen = (area != null) ? Area.of(area).orElse(null) : null;
		List<Template> found = this.templates.find(q, chosen, new Paging(Paging.MAX_LIMIT, 0)).items();
		List<Cycle> open = this.cycles.all().stream().filter((cycle) -> !cycle.isClosed()).toList();
		List<Team> settable = this.teams.all()
			.stream()
			.filter((team) -> actor.runsProgram() || actor.leads(team.id()))
			.toList();
		model.addAttribute("library", new Library((q != null) ? q : "", (chosen != null) ? chosen.value() : "",
				List.of(Area.values()), found, open, settable, actor.runsProgram(), form, errors, use));
		return "templates/library";
	}

	private static <T> T id(String raw, String field, Map<String, String> errors,
			java.util.function.Function<String, T> read) {
		if (raw == null || raw.isBlank()) {
			errors.put(field, "choose one");
			return null;
		}
		try {
			return read.apply(raw);
		}
		catch (RuntimeException ex) {
			errors.put(field, "is not one of the choices");
			return null;
		}
	}

	/**
	 * What the page shows: the filter, the templates found, the open cycles and the teams
	 * the person may start drafts for, and the forms as typed.
	 */
	public record Library(String q, String area, List<Area> areas, List<Template> templates, List<Cycle> cycles,
			List<Team> teams, boolean manages, TemplateForm form, Map<String, String> errors, Use use) {

		/** Whether the person may start a draft from a template at all. */
		public boolean mayUse() {
			return !this.cycles.isEmpty() && (this.manages || !this.teams.isEmpty());
		}

		public String figures(Template.KeyResult keyResult) {
			if (keyResult.type() == dev.lodestar.objectives.KeyResultType.MILESTONE) {
				return "done or not";
			}
			String unit = (keyResult.unit() != null) ? " " + keyResult.unit() : "";
			return "target " + number(keyResult.targetValue()) + unit + " (from " + number(keyResult.startValue())
					+ unit + ")";
		}

		private static String number(Double value) {
			if (value == null) {
				return "";
			}
			return (value == Math.rint(value) && Math.abs(value) < 1e15)
					? String.format(java.util.Locale.ROOT, "%,d", value.longValue()) : String.valueOf(value);
		}

	}

	/** The use form of one template as it was sent, with what was wrong. */
	public record Use(String templateId, String cycle, String team, Map<String, String> errors) {

		static Use none() {
			return new Use(null, null, null, Map.of());
		}

		public boolean of(Template template) {
			return template.id().value().equals(this.templateId);
		}

	}

}
