package dev.lodestar.rhythm;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;

/**
 * One of a team's top priorities for a week: a line of text (1–200 characters), done or
 * not. A week holds at most {@value #MAX_PER_WEEK}, each in a slot of its own; one
 * carried over from last week remembers where it came from.
 */
public record Priority(PriorityId id, TeamId teamId, Week week, int slot, String text, boolean done,
		PriorityId carriedFrom, PersonId createdBy, Instant createdAt, long version) {

	public static final int MAX_PER_WEEK = 5;

	/**
	 * A new priority in the first free slot of the week, or a 409 when the week has
	 * {@value #MAX_PER_WEEK} already.
	 */
	public static Priority create(List<Priority> ofTheWeek, TeamId teamId, Week week, String text,
			PriorityId carriedFrom, PersonId by, Instant now) {
		String clean = cleanText(text);
		return new Priority(PriorityId.random(), teamId, week, freeSlot(ofTheWeek), clean, false, carriedFrom, by, now,
				0);
	}

	public Priority withText(String text) {
		return new Priority(this.id, this.teamId, this.week, this.slot, cleanText(text), this.done, this.carriedFrom,
				this.createdBy, this.createdAt, this.version);
	}

	public Priority withDone(boolean done) {
		return new Priority(this.id, this.teamId, this.week, this.slot, this.text, done, this.carriedFrom,
				this.createdBy, this.createdAt, this.version);
	}

	/**
	 * Carries this unfinished priority over into the week after its own.
	 */
	public Priority carriedInto(List<Priority> ofTheWeek, Week into, PersonId by, Instant now) {
		if (!this.week.next().equals(into)) {
			throw new ConflictException("Only last week's priorities can be carried over into this one.");
		}
		if (this.done) {
			throw new ConflictException("This priority is done; there is nothing to carry over.");
		}
		if (ofTheWeek.stream().anyMatch((priority) -> this.id.equals(priority.carriedFrom()))) {
			throw new ConflictException("This priority has been carried over already.");
		}
		return create(ofTheWeek, this.teamId, into, this.text, this.id, by, now);
	}

	private static String cleanText(String text) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("text", text);
		errors.throwIfAny();
		return clean;
	}

	private static int freeSlot(List<Priority> ofTheWeek) {
		Set<Integer> taken = ofTheWeek.stream().map(Priority::slot).collect(Collectors.toSet());
		return IntStream.rangeClosed(1, MAX_PER_WEEK)
			.filter((slot) -> !taken.contains(slot))
			.findFirst()
			.orElseThrow(() -> new ConflictException(
					"A week has at most " + MAX_PER_WEEK + " top priorities; finish or remove one first."));
	}

}
