package dev.lodestar.cycles;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.Dates;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;

/**
 * A time box for OKRs. It starts in {@link Phase#PREPARE} and moves forward one phase at
 * a time; once {@link Phase#CLOSED} nothing in it changes any more. Only a cycle that
 * reached {@link Phase#EXECUTE} can be closed.
 *
 * @param nameKey the name as two cycles' names are compared: no two cycles share it
 */
public record Cycle(@Id CycleId id, String name, LocalDate startDate, LocalDate endDate, Phase phase, Instant createdAt,
		@Version Long version, String nameKey) {

	@PersistenceCreator
	public Cycle {
	}

	/**
	 * A cycle whose name key is worked out from its name.
	 */
	public Cycle(CycleId id, String name, LocalDate startDate, LocalDate endDate, Phase phase, Instant createdAt,
			Long version) {
		this(id, name, startDate, endDate, phase, createdAt, version, keyOf(name));
	}

	/**
	 * What makes two names the same name: letter case and the spaces around them do not
	 * count, so "Q4 2026" and " q4 2026" are one name.
	 */
	public static String keyOf(String name) {
		return (name != null) ? name.strip().toLowerCase(Locale.ROOT) : null;
	}

	public static Cycle create(String name, LocalDate startDate, LocalDate endDate, Instant now) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		checkDates(errors, startDate, endDate);
		errors.throwIfAny();
		return new Cycle(CycleId.random(), clean, startDate, endDate, Phase.PREPARE, now, null);
	}

	private static void checkDates(FieldErrors errors, LocalDate startDate, LocalDate endDate) {
		errors.required("startDate", startDate);
		errors.required("endDate", endDate);
		Dates.check(errors, "startDate", startDate);
		Dates.check(errors, "endDate", endDate);
		if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
			errors.add("endDate", "must be after startDate");
		}
	}

	/**
	 * Whether the cycle's dates share at least one day with the dates given.
	 */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return !start.isAfter(this.endDate) && !end.isBefore(this.startDate);
	}

	/**
	 * Whether the day lies between the cycle's first and last day, both included.
	 */
	public boolean contains(LocalDate day) {
		return overlaps(day, day);
	}

	public boolean isClosed() {
		return this.phase == Phase.CLOSED;
	}

	/**
	 * Refuses any change to the cycle or to what it contains once it is closed.
	 */
	public void requireOpen() {
		if (isClosed()) {
			throw new ConflictException("The cycle " + this.name + " is closed; nothing in it can change.");
		}
	}

	/**
	 * Moves to the next phase. Skipping a phase, going back, or staying put is refused.
	 */
	public Cycle advanceTo(Phase target) {
		if (target == null) {
			throw InvalidInputException.of("phase", "is required");
		}
		requireOpen();
		if (target == Phase.CLOSED && this.phase.compareTo(Phase.EXECUTE) < 0) {
			throw new ConflictException("The cycle " + this.name
					+ " never reached execute, so there is nothing to close;" + " remove it instead.");
		}
		if (target != this.phase.next()) {
			throw new ConflictException("The cycle is in " + this.phase.value() + "; it can only move on to "
					+ this.phase.next().value() + ", not to " + target.value() + ".");
		}
		return new Cycle(this.id, this.name, this.startDate, this.endDate, target, this.createdAt, this.version,
				this.nameKey);
	}

	public Cycle withName(String name) {
		requireOpen();
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		errors.throwIfAny();
		return new Cycle(this.id, clean, this.startDate, this.endDate, this.phase, this.createdAt, this.version);
	}

	public Cycle withDates(LocalDate startDate, LocalDate endDate) {
		requireOpen();
		FieldErrors errors = new FieldErrors();
		checkDates(errors, startDate, endDate);
		errors.throwIfAny();
		return new Cycle(this.id, this.name, startDate, endDate, this.phase, this.createdAt, this.version,
				this.nameKey);
	}

	/**
	 * The share of the cycle that has passed at the start of a day: 0.0 on the first day
	 * (and before), 1.0 once the last day is over. Both dates belong to the cycle, so a
	 * quarter from 1 January to 31 March has 90 days.
	 */
	public double elapsedShare(LocalDate today) {
		long days = this.endDate.toEpochDay() - this.startDate.toEpochDay() + 1;
		long passed = today.toEpochDay() - this.startDate.toEpochDay();
		return Math.max(0.0, Math.min(1.0, (double) passed / days));
	}

}
