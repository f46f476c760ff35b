package dev.lodestar.objectives.web.myweek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.keyresult.CheckInForm;
import dev.lodestar.objectives.web.keyresult.CheckInRow;
import dev.lodestar.objectives.web.keyresult.KeyResultSheet;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.surveys.Surveys;
import dev.lodestar.web.FormErrors;
import dev.lodestar.web.Htmx;

/**
 * The home page, "my week": the key results a person owns in the cycles running now, each
 * with a check-in that updates its row in place.
 */
@Controller
class MyWeekPage {

	private final Cycles cycles;

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final CheckIns checkIns;

	private final KeyResultSheet keyResultSheet;

	private final Program program;

	private final Clock clock;

	private final Surveys surveys;

	private final List<MyWeekSection> sections;

	MyWeekPage(Cycles cycles, KeyResults keyResults, Objectives objectives, CheckIns checkIns,
			KeyResultSheet keyResultSheet, Program program, Clock clock, Surveys surveys,
			List<MyWeekSection> sections) {
		this.surveys = surveys;
		this.sections = sections;
		this.cycles = cycles;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.keyResultSheet = keyResultSheet;
		this.program = program;
		this.clock = clock;
	}

	@GetMapping("/")
	String myWeek(Actor actor, Model model) {
		List<Cycle> running = this.cycles.running(LocalDate.now(this.clock));
		List<CheckInRow> rows = rows(actor, running);
		model.addAttribute("cycles", running);
		model.addAttribute("rows", rows);
		model.addAttribute("surveys", this.surveys.waitingFor(actor));
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> new MyWeekSection.Shown(section.template(), section.view(actor)))
					.filter((shown) -> shown.view() != null)
					.toList());
		ProgramSettings settings = this.program.settings();
		Instant weekStart = weekStart(settings);
		model.addAttribute("weekStart", weekStart);
		model.addAttribute("checkInDay", checkInDay(settings));
		model.addAttribute("doneThisWeek", rows.stream().filter((row) -> row.checkedInThisWeek(weekStart)).count());
		return "objectives/my-week";
	}

	/**
	 * A check-in from "my week" (in place, with htmx) or from a key result's page, which
	 * names itself in {@code back} to be shown again afterwards.
	 */
	@PostMapping("/key-results/{id}/check-ins")
	String checkIn(Actor actor, @PathVariable String id, @ModelAttribute CheckInForm form,
			@RequestParam(required = false) String back, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		KeyResultId keyResult = KeyResultId.fromPath(id);
		Map<String, String> errors = FormErrors.none();
		CheckIns.NewCheckIn input = form.toCheckIn(errors);
		CheckIn recorded = FormErrors.attempt(errors, () -> this.checkIns.record(actor, keyResult, input));
		String keyResultPage = Htmx.isHtmx(request) ? null : KeyResultSheet.pageToReturnTo(back);
		if (keyResultPage != null) {
			if (!errors.isEmpty()) {
				return refusedOnPage(actor, keyResult, form, errors, model, response);
			}
			// the page says it was saved and marks the new check-in in its history
			redirect.addFlashAttribute("checkedIn", recorded.id().toString());
			return "redirect:" + keyResultPage;
		}
		if (!Htmx.isHtmx(request) && errors.isEmpty()) {
			return "redirect:/";
		}
		CheckInRow row = row(keyResult);
		row = errors.isEmpty() ? row.justSaved() : row.refused(form, errors);
		response.setHeader("HX-Trigger-After-Settle", "{\"checkedIn\": {\"row\": \"" + row.domId() + "\"}}");
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		model.addAttribute("row", row);
		ProgramSettings settings = this.program.settings();
		model.addAttribute("weekStart", weekStart(settings));
		model.addAttribute("checkInDay", checkInDay(settings));
		return Htmx.isHtmx(request) ? "objectives/my-week-fragments :: row" : "objectives/check-in";
	}

	private String refusedOnPage(Actor actor, KeyResultId keyResult, CheckInForm form, Map<String, String> errors,
			Model model, HttpServletResponse response) {
		response.setStatus(422);
		return this.keyResultSheet.fill(actor, keyResult, 1, form, errors, model);
	}

	private List<CheckInRow> rows(Actor actor, List<Cycle> running) {
		var owned = this.keyResults.ownedBy(actor.personId(), running.stream().map(Cycle::id).toList());
		Map<KeyResultId, CheckIn> latest = this.checkIns
			.latest(owned.stream().map((context) -> context.keyResult().id()).toList());
		// a roll-up takes no check-ins: its progress follows its contributors
		return owned.stream()
			.filter((context) -> context.keyResult().type().takesCheckIns())
			.map((context) -> CheckInRow.of(context.keyResult(), context.objective(),
					latest.get(context.keyResult().id())))
			.toList();
	}

	private CheckInRow row(KeyResultId id) {
		KeyResult keyResult = this.keyResults.get(id);
		CheckIn latest = this.checkIns.latest(List.of(id)).get(id);
		return CheckInRow.of(keyResult, this.objectives.get(keyResult.objectiveId()), latest);
	}

	/**
	 * Monday 00:00 of this week in the organisation's time zone, as the reminders reckon
	 * it.
	 */
	private Instant weekStart(ProgramSettings settings) {
		return settings.startOf(settings.weekOf(this.clock.instant()));
	}

	/**
	 * The organisation's check-in day, as in "Thursday": each key result is due by it.
	 */
	private static String checkInDay(ProgramSettings settings) {
		return settings.checkInDay().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

}
