package dev.lodestar.setup.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.cycles.Cycles;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Cadence;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.Role;
import dev.lodestar.setup.CycleProposal;
import dev.lodestar.setup.SetupStep;
import dev.lodestar.setup.SetupWizard;
import dev.lodestar.shared.Dates;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;

/**
 * The setup wizard, for admins: the organisation, the cadence and the first cycle, the
 * people, the champions. Every step can be skipped and come back to later (the settings
 * page links here); a refused form comes back with what was typed and the errors at the
 * fields.
 */
@Controller
class SetupWizardPage {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final int CHAMPION_CHOICES = 500;

	static final List<Choice> DAYS = Arrays.stream(DayOfWeek.values())
		.map((day) -> new Choice(day.name().toLowerCase(Locale.ROOT),
				day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
		.toList();

	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> zone.equals("UTC") || (zone.contains("/") && !zone.startsWith("Etc/")
				&& !zone.startsWith("SystemV/") && Character.isUpperCase(zone.charAt(0))))
		.sorted()
		.toList();

	private final SetupWizard wizard;

	private final Program program;

	private final Cycles cycles;

	private final People people;

	SetupWizardPage(SetupWizard wizard, Program program, Cycles cycles, People people) {
		this.wizard = wizard;
		this.program = program;
		this.cycles = cycles;
		this.people = people;
	}

	@GetMapping("/admin/setup")
	String start(Actor actor) {
		requireAdmin(actor);
		return "redirect:/admin/setup/" + this.wizard.progress().firstOpen().value();
	}

	@GetMapping("/admin/setup/{step}")
	String step(Actor actor, @PathVariable String step, Model model) {
		requireAdmin(actor);
		if ("done".equals(step)) {
			return done(model);
		}
		SetupStep shown = stepOf(step);
		switch (shown) {
			case PROGRAM -> programForm(model, ProgramForm.of(this.program.settings()));
			case CADENCE ->
				cadenceForm(model, CadenceForm.proposed(this.program.settings(), this.wizard.proposal(null, null)));
			case PEOPLE -> peopleStep(model);
			case CHAMPIONS -> championsStep(model, List.of());
		}
		return page(shown, FormErrors.none(), model);
	}

	@PostMapping("/admin/setup/program")
	String saveProgram(Actor actor, ProgramForm form, Model model, HttpServletResponse response) {
		requireAdmin(actor);
		Map<String, String> errors = FormErrors.none();
		if (FormErrors.attempt(errors, () -> {
			this.wizard.saveProgram(actor, form.organisationName(), orEmpty(form.timeZone()),
					orEmpty(form.checkInDay()), orEmpty(form.checkInTime()));
		})) {
			return next(SetupStep.PROGRAM);
		}
		response.setStatus(422);
		programForm(model, form);
		return page(SetupStep.PROGRAM, errors, model);
	}

	@PostMapping("/admin/setup/cadence")
	String saveCadence(Actor actor, CadenceForm form, @RequestParam(required = false) String action, Model model,
			HttpServletResponse response) {
		requireAdmin(actor);
		Map<String, String> errors = FormErrors.none();
		if ("propose".equals(action)) {
			cadenceForm(model, form.proposing(this.wizard.proposal(form.cadence(), form.weeks())));
			return page(SetupStep.CADENCE, errors, model);
		}
		boolean createCycle = this.cycles.all().isEmpty();
		LocalDate start = date(errors, "startDate", form.startDate(), createCycle);
		LocalDate end = date(errors, "endDate", form.endDate(), createCycle);
		FormErrors.attempt(errors, () -> {
			this.wizard.saveCadence(actor, orEmpty(form.cadence()), orEmpty(form.cycleWeeks()), form.cycleName(), start,
					end, createCycle);
		});
		if (errors.isEmpty()) {
			return next(SetupStep.CADENCE);
		}
		response.setStatus(422);
		cadenceForm(model, form);
		return page(SetupStep.CADENCE, errors, model);
	}

	@PostMapping("/admin/setup/people")
	String peopleDone(Actor actor) {
		requireAdmin(actor);
		this.wizard.decide(actor, SetupStep.PEOPLE, SetupWizard.Outcome.DONE);
		return next(SetupStep.PEOPLE);
	}

	@PostMapping("/admin/setup/champions")
	String saveChampions(Actor actor, @RequestParam(name = "champion", required = false) List<String> chosen,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		requireAdmin(actor);
		Map<String, String> errors = FormErrors.none();
		List<PersonId> ids = new ArrayList<>();
		for (String raw : (chosen != null) ? chosen : List.<String>of()) {
			try {
				ids.add(PersonId.fromField("champion", raw));
			}
			catch (RuntimeException ex) {
				errors.putIfAbsent("champion", "must be people of the organisation");
			}
		}
		Integer made = FormErrors.attempt(errors, () -> this.wizard.makeChampions(actor, ids));
		if (made != null) {
			redirect.addFlashAttribute("notice", switch (made) {
				case 0 -> "Nobody new became a champion.";
				case 1 -> "1 person is now a champion.";
				default -> made + " people are now champions.";
			});
			return next(SetupStep.CHAMPIONS);
		}
		response.setStatus(422);
		championsStep(model, chosen);
		return page(SetupStep.CHAMPIONS, errors, model);
	}

	@PostMapping("/admin/setup/{step}/skip")
	String skip(Actor actor, @PathVariable String step) {
		requireAdmin(actor);
		SetupStep skipped = stepOf(step);
		this.wizard.decide(actor, skipped, SetupWizard.Outcome.SKIPPED);
		return next(skipped);
	}

	@PostMapping("/admin/setup/dismiss")
	String dismiss(Actor actor, RedirectAttributes redirect) {
		this.wizard.dismiss(actor);
		redirect.addFlashAttribute("notice",
				"The setup wizard is closed. You find it again on the settings page: Set up the program.");
		return "redirect:/";
	}

	private String done(Model model) {
		model.addAttribute("progress", progressOf(null));
		model.addAttribute("settings", this.program.settings());
		model.addAttribute("cycles", this.cycles.all());
		return "setup/done";
	}

	private String next(SetupStep step) {
		return step.next().map((next) -> "redirect:/admin/setup/" + next.value()).orElse("redirect:/admin/setup/done");
	}

	private String page(SetupStep step, Map<String, String> errors, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("number", step.ordinal() + 1);
		model.addAttribute("total", SetupStep.values().length);
		model.addAttribute("progress", progressOf(step));
		model.addAttribute("errors", errors);
		return "setup/wizard";
	}

	private List<StepState> progressOf(SetupStep current) {
		SetupWizard.Progress progress = this.wizard.progress();
		return Arrays.stream(SetupStep.values())
			.map((step) -> new StepState(step.ordinal() + 1, step.title(), step.value(),
					(step == current) ? "current"
							: progress.done(step) ? "done" : progress.skipped(step) ? "skipped" : "to do",
					step == current))
			.toList();
	}

	private void programForm(Model model, ProgramForm form) {
		model.addAttribute("form", form);
		model.addAttribute("days", DAYS);
		model.addAttribute("zones", ZONES);
	}

	private void cadenceForm(Model model, CadenceForm form) {
		model.addAttribute("form", form);
		model.addAttribute("existingCycles", this.cycles.all());
	}

	private void peopleStep(Model model) {
		Map<PersonStatus, Long> counts = this.people.countsByStatus();
		model.addAttribute("active", counts.getOrDefault(PersonStatus.ACTIVE, 0L));
		model.addAttribute("invited", counts.getOrDefault(PersonStatus.INVITED, 0L));
		model.addAttribute("deactivated", counts.getOrDefault(PersonStatus.DEACTIVATED, 0L));
	}

	private void championsStep(Model model, List<String> chosen) {
		List<Person> everyone = this.people.list(new Paging(CHAMPION_CHOICES, 0))
			.items()
			.stream()
			.map(PersonView::person)
			.filter((person) -> person.status() != PersonStatus.DEACTIVATED)
			.toList();
		model.addAttribute("champions", everyone.stream().filter((person) -> person.role() == Role.CHAMPION).toList());
		model.addAttribute("candidates",
				everyone.stream()
					.filter((person) -> person.role() == Role.MEMBER || person.role() == Role.VIEWER)
					.toList());
		model.addAttribute("chosen", (chosen != null) ? chosen : List.of());
		model.addAttribute("more", this.people.list(new Paging(1, 0)).total() > CHAMPION_CHOICES);
	}

	private static LocalDate date(Map<String, String> errors, String field, String raw, boolean needed) {
		if (!needed) {
			return null;
		}
		if (raw == null || raw.isBlank()) {
			errors.putIfAbsent(field, "is required");
			return null;
		}
		LocalDate date = Dates.parseOrNull(raw.strip());
		if (date == null) {
			errors.putIfAbsent(field, Dates.MESSAGE);
		}
		return date;
	}

	private static SetupStep stepOf(String raw) {
		return SetupStep.of(raw).orElseThrow(() -> new NotFoundException("setup step", raw));
	}

	private static void requireAdmin(Actor actor) {
		actor.require(actor.isAdmin(), "set up the program");
	}

	private static String orEmpty(String typed) {
		return (typed != null) ? typed : "";
	}

	/** A day of the week to choose. */
	record Choice(String value, String label) {
	}

	/** A step as the progress indicator shows it. */
	record StepState(int number, String title, String value, String state, boolean current) {
	}

	/** Step 1 as shown and as typed. */
	record ProgramForm(String organisationName, String timeZone, String checkInDay, String checkInTime) {

		static ProgramForm of(ProgramSettings settings) {
			return new ProgramForm(settings.organisationName(), settings.timeZone().getId(),
					settings.checkInDay().name().toLowerCase(Locale.ROOT), settings.checkInTime().format(HH_MM));
		}

	}

	/** Step 2 as shown and as typed. */
	record CadenceForm(String cadence, String cycleWeeks, String cycleName, String startDate, String endDate) {

		static CadenceForm proposed(ProgramSettings settings, CycleProposal proposal) {
			return new CadenceForm(settings.cadence().value(), String.valueOf(settings.cycleWeeks()), proposal.name(),
					proposal.startDate().toString(), proposal.endDate().toString());
		}

		CadenceForm proposing(CycleProposal proposal) {
			return new CadenceForm(this.cadence, this.cycleWeeks, proposal.name(), proposal.startDate().toString(),
					proposal.endDate().toString());
		}

		Integer weeks() {
			try {
				return Integer.valueOf(this.cycleWeeks.strip());
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		public boolean quarters() {
			return !Cadence.WEEKS.value().equals(this.cadence);
		}

	}

}
