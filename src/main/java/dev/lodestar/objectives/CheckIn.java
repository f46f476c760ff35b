package dev.lodestar.objectives;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;

import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.FieldErrors;

/**
 * One dated update of a key result by a person. Check-ins are never changed once
 * recorded; together they are the key result's history, and each says where it came from.
 */
public record CheckIn(@Id CheckInId id, KeyResultId keyResultId, PersonId authorId, @Column("new_value") double value,
		int confidence, String note, String blockers, CheckInSource source, Instant createdAt) {

	/**
	 * A check-in's note and blockers are optional texts of up to 10,000 characters; its
	 * value and confidence are checked by the key result it updates.
	 */
	public static CheckIn record(KeyResultId keyResultId, PersonId authorId, double value, int confidence, String note,
			String blockers, CheckInSource source, Instant at) {
		FieldErrors errors = new FieldErrors();
		String cleanNote = errors.text("note", note);
		String cleanBlockers = errors.text("blockers", blockers);
		errors.throwIfAny();
		return new CheckIn(CheckInId.random(), keyResultId, authorId, value, confidence, cleanNote, cleanBlockers,
				(source != null) ? source : CheckInSource.MANUAL, at);
	}

	static void checkTexts(FieldErrors errors, String note, String blockers) {
		errors.text("note", note);
		errors.text("blockers", blockers);
	}

}
