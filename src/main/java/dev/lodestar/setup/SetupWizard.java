package dev.lodestar.setup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.Role;

/**
 * The setup wizard's memory and its steps' changes. It remembers what the admin did with
 * each step (done or skipped) and whether the whole wizard is over (finished, or
 * dismissed from My week); admins alone use it.
 */
@Service
@Transactional
public class SetupWizard {

	private static final String WIZARD = "WIZARD";

	private final JdbcClient jdbc;

	private final Program program;

	private final Cycles cycles;

	private final People people;

	private final Clock clock;

	SetupWizard(JdbcClient jdbc, Program program, Cycles cycles, People people, Clock clock) {
		this.jdbc = jdbc;
		this.program = program;
		this.cycles = cycles;
		this.people = people;
		this.clock = clock;
	}

	/** What the admin did with each step so far, in one query. */
	@Transactional(readOnly = true)
	public Progress progress() {
		Map<SetupStep, Outcome> steps = new EnumMap<>(SetupStep.class);
		String[] over = { null };
		this.jdbc.sql("select step, outcome from setup_step").query((rs) -> {
			String step = rs.getString("step");
			if (WIZARD.equals(step)) {
				over[0] = rs.getString("outcome");
			}
			else {
				String outcome = rs.getString("outcome");
				SetupStep.of(step.toLowerCase(java.util.Locale.ROOT))
					.ifPresent((known) -> steps.put(known, Outcome.valueOf(outcome)));
			}
		});
		return new Progress(steps, over[0] != null);
	}

	/**
	 * Whether an admin should be led to the wizard, in one query: it is neither finished
	 * nor dismissed, and no cycle has left prepare (an organisation that launched a cycle
	 * is past setting up, whether or not it used the wizard).
	 */
	@Transactional(readOnly = true)
	public boolean open() {
		return this.jdbc.sql("""
				select (select count(*) from setup_step where step = 'WIZARD')
				  + (select count(*) from cycle where phase <> 'PREPARE') as past""").query(Long.class).single() == 0;
	}

	/**
	 * Marks a step done or skipped; once every step is decided the wizard is finished.
	 */
	public void decide(Actor actor, SetupStep step, Outcome outcome) {
		requireAdmin(actor);
		record(step.name(), outcome.name());
		if (progress().steps().size() == SetupStep.values().length) {
			record(WIZARD, "FINISHED");
		}
	}

	/** Closes the wizard for good: it stays reachable from the settings page. */
	public void dismiss(Actor actor) {
		requireAdmin(actor);
		record(WIZARD, "DISMISSED");
	}

	private void record(String step, String outcome) {
		int updated = this.jdbc.sql("update setup_step set outcome = :outcome, decided_at = :at where step = :step")
			.param("outcome", outcome)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("step", step)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into setup_step (step, outcome, decided_at) values (:step, :outcome, :at)")
				.param("outcome", outcome)
				.param("at", java.sql.Timestamp.from(this.clock.instant()))
				.param("step", step)
				.update();
		}
	}

	/**
	 * Step 1: the organisation's name, time zone and check-in day and time, all or
	 * nothing.
	 */
	public ProgramSettings saveProgram(Actor actor, String name, String timeZone, String checkInDay,
			String checkInTime) {
		requireAdmin(actor);
		ProgramSettings saved = this.program.change(actor, null, new Program.SettingsChanges(checkInDay, checkInTime,
				timeZone, null, (name != null) ? name : "", null, null));
		decide(actor, SetupStep.PROGRAM, Outcome.DONE);
		return saved;
	}

	/**
	 * Step 2: the cadence, and the first cycle in prepare when {@code name} is given; the
	 * cadence is not kept if the cycle is refused.
	 */
	public Cycle saveCadence(Actor actor, String cadence, String cycleWeeks, String name, LocalDate startDate,
			LocalDate endDate, boolean createCycle) {
		requireAdmin(actor);
		this.program.change(actor, null, new Program.SettingsChanges(null, null, null, null, null, cadence,
				"weeks".equals(cadence) ? cycleWeeks : null));
		Cycle created = createCycle ? this.cycles.create(actor, name, startDate, endDate) : null;
		decide(actor, SetupStep.CADENCE, Outcome.DONE);
		return created;
	}

	/** The cycle the cadence in the settings proposes next. */
	@Transactional(readOnly = true)
	public CycleProposal proposal(String cadence, Integer weeks) {
		ProgramSettings settings = this.program.settings();
		var chosen = (cadence != null) ? dev.lodestar.organization.Cadence.of(cadence).orElse(settings.cadence())
				: settings.cadence();
		int length = (weeks != null && weeks >= 1 && weeks <= 52) ? weeks : settings.cycleWeeks();
		LocalDate today = LocalDate.now(this.clock.withZone(settings.timeZone()));
		LocalDate lastEnd = this.cycles.all().stream().map(Cycle::endDate).max(LocalDate::compareTo).orElse(null);
		return CycleProposal.next(chosen, length, today, lastEnd);
	}

	/**
	 * Step 4: makes some people champions (admins stay admins); answers how many became
	 * one.
	 */
	public int makeChampions(Actor actor, Collection<PersonId> chosen) {
		requireAdmin(actor);
		// everyone chosen is found before anyone changes, so that an unknown id changes
		// nobody
		List<PersonId> promoted = chosen.stream()
			.map(this.people::get)
			.filter((person) -> person.role() == Role.MEMBER || person.role() == Role.VIEWER)
			.map((person) -> person.id())
			.toList();
		int made = 0;
		for (PersonId id : promoted) {
			this.people.update(actor, id, null, new People.PersonChanges(null, Role.CHAMPION));
			made++;
		}
		decide(actor, SetupStep.CHAMPIONS, Outcome.DONE);
		return made;
	}

	private static void requireAdmin(Actor actor) {
		actor.require(actor.isAdmin(), "set up the program");
	}

	/** What the admin did with a step. */
	public enum Outcome {

		DONE, SKIPPED

	}

	/**
	 * What the admin did with each step, and whether the wizard is over.
	 */
	public record Progress(Map<SetupStep, Outcome> steps, boolean over) {

		public boolean done(SetupStep step) {
			return this.steps.get(step) == Outcome.DONE;
		}

		public boolean skipped(SetupStep step) {
			return this.steps.get(step) == Outcome.SKIPPED;
		}

		/** The first step not yet decided, or the first step once all are. */
		public SetupStep firstOpen() {
			for (SetupStep step : SetupStep.values()) {
				if (!this.steps.containsKey(step)) {
					return step;
				}
			}
			return SetupStep.PROGRAM;
		}

	}

}
