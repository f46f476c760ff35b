package dev.lodestar.cycles.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.FormErrors;

/**
 * The cycles: every cycle with its dates and phase, what each phase is for, and for
 * admins and champions a form for the next cycle and a button that moves a cycle on,
 * asking first where a step cannot be undone or mails everyone.
 */
@Controller
class CyclesPage {

	private static final String PAGE = "cycles/cycles";

	private final Cycles cycles;

	private final Clock clock;

	private final boolean surveyInvitations;

	CyclesPage(Cycles cycles, Clock clock, @Value("${lodestar.surveys.invitations:true}") boolean surveyInvitations) {
		this.cycles = cycles;
		this.clock = clock;
		this.surveyInvitations = surveyInvitations;
	}

	@GetMapping("/cycles")
	String cycles(Actor actor, Model model) {
		return page(actor, model, CycleForm.nextQuarter(LocalDate.now(this.clock)), Map.of(), null);
	}

	/**
	 * Creates a cycle. A cycle whose dates overlap others' is first answered with the
	 * page and a warning naming them; the form there confirms. A name already taken is
	 * refused beside the field.
	 */
	@PostMapping("/cycles")
	String create(Actor actor, @ModelAttribute CycleForm form, @RequestParam(required = false) String confirmed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.none();
		LocalDate start = CycleForm.date(form.startDate(), "startDate", errors);
		LocalDate end = CycleForm.date(form.endDate(), "endDate", errors);
		List<Cycle> beside = FormErrors.attempt(errors, () -> this.cycles.overlapping(actor, form.name(), start, end));
		if (beside != null && !beside.isEmpty() && !"yes".equals(confirmed)) {
			model.addAttribute("overlapping", beside.stream().map((cycle) -> CycleRow.of(cycle, false)).toList());
			return page(actor, model, form, Map.of(), null);
		}
		Cycle created = FormErrors.attempt(errors, () -> this.cycles.create(actor, form.name(), start, end));
		if (created != null) {
			redirect.addFlashAttribute("notice", "Created " + created.name() + ". It starts in prepare.");
			return "redirect:/cycles";
		}
		response.setStatus(422);
		return page(actor, model, form, CycleForm.inWords(errors), null);
	}

	/**
	 * Moves a cycle on. Closing makes it read-only for good, and moving to reflect mails
	 * every participant, so those first answer the page with a question; the form there
	 * confirms.
	 */
	@PostMapping("/cycles/{id}/phase")
	String advance(Actor actor, @PathVariable String id, @RequestParam String phase, @RequestParam Long version,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
		actor.require(actor.runsProgram(), "move cycles to another phase");
		CycleId cycleId = CycleId.fromPath(id);
		Phase target = Arrays.stream(Phase.values())
			.filter((each) -> each.value().equals(phase))
			.findFirst()
			.orElse(null);
		if ((target == Phase.CLOSED || target == Phase.REFLECT) && !"yes".equals(confirmed)) {
			return page(actor, model, CycleForm.nextQuarter(LocalDate.now(this.clock)), Map.of(), id);
		}
		Cycle moved = this.cycles.advance(actor, cycleId, version, target);
		redirect.addFlashAttribute("notice", moved.name() + " is now in " + moved.phase().value() + ".");
		return "redirect:/cycles#cycle-" + moved.id();
	}

	private String page(Actor actor, Model model, CycleForm form, Map<String, String> errors, String confirming) {
		LocalDate today = LocalDate.now(this.clock);
		List<Cycle> all = this.cycles.all();
		CycleId current = this.cycles.current(today).map(Cycle::id).orElse(null);
		model.addAttribute("rows",
				all.stream().map((cycle) -> CycleRow.of(cycle, cycle.id().equals(current))).toList());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("mayManage", actor.runsProgram());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("confirming", confirming);
		model.addAttribute("surveyInvitations", this.surveyInvitations);
		model.addAttribute("currentName",
				all.stream().filter((cycle) -> cycle.id().equals(current)).map(Cycle::name).findFirst().orElse(null));
		return PAGE;
	}

}
