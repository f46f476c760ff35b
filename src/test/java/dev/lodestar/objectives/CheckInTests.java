package dev.lodestar.objectives;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CheckInTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final KeyResultId KEY_RESULT = KeyResultId.random();

	private static final PersonId AUTHOR = PersonId.random();

	@Test
	void checkInKeepsWhatWasReported() {
		CheckIn checkIn = CheckIn.record(KEY_RESULT, AUTHOR, 42.5, 7, "Good week", "Waiting on legal",
				CheckInSource.MANUAL, NOW);
		assertThat(checkIn.id()).isNotNull();
		assertThat(checkIn.keyResultId()).isEqualTo(KEY_RESULT);
		assertThat(checkIn.authorId()).isEqualTo(AUTHOR);
		assertThat(checkIn.value()).isEqualTo(42.5);
		assertThat(checkIn.confidence()).isEqualTo(7);
		assertThat(checkIn.note()).isEqualTo("Good week");
		assertThat(checkIn.blockers()).isEqualTo("Waiting on legal");
		assertThat(checkIn.createdAt()).isEqualTo(NOW);
	}

	@Test
	void noteAndBlockersAreTrimmedAndBlankIsNone() {
		CheckIn checkIn = CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, "  Shipped  ", "   ", CheckInSource.MANUAL, NOW);
		assertThat(checkIn.note()).isEqualTo("Shipped");
		assertThat(checkIn.blockers()).isNull();
		assertThat(CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, null, null, CheckInSource.MANUAL, NOW).note()).isNull();
	}

	@Test
	void noteMayBeUpToTenThousandCharacters() {
		assertThat(CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, "x".repeat(10_000), null, CheckInSource.MANUAL, NOW).note())
			.hasSize(10_000);
		assertInvalid(
				() -> CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, "x".repeat(10_001), null, CheckInSource.MANUAL, NOW),
				"note");
	}

	@Test
	void blockersMayBeUpToTenThousandCharacters() {
		assertThat(CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, null, "x".repeat(10_000), CheckInSource.MANUAL, NOW)
			.blockers()).hasSize(10_000);
		assertInvalid(
				() -> CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, null, "x".repeat(10_001), CheckInSource.MANUAL, NOW),
				"blockers");
	}

	@Test
	void tooLongNoteAndBlockersAreBothReported() {
		assertInvalid(() -> CheckIn.record(KEY_RESULT, AUTHOR, 1, 5, "x".repeat(10_001), "y".repeat(10_001),
				CheckInSource.MANUAL, NOW), "note", "blockers");
		FieldErrors errors = new FieldErrors();
		CheckIn.checkTexts(errors, "x".repeat(10_001), "y".repeat(10_001));
		assertThat(errors.has("note")).isTrue();
		assertThat(errors.has("blockers")).isTrue();
	}

	@Test
	void shortTextsPassTheTextCheck() {
		FieldErrors errors = new FieldErrors();
		CheckIn.checkTexts(errors, "Fine", null);
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void confidenceIsAWholeNumberFromOneToTen() {
		for (int confidence = 1; confidence <= 10; confidence++) {
			FieldErrors errors = new FieldErrors();
			KeyResult.checkConfidence(errors, confidence);
			assertThat(errors.isEmpty()).as("confidence %d", confidence).isTrue();
		}
		for (Integer confidence : new Integer[] { 0, 11, -1, 100, null }) {
			FieldErrors errors = new FieldErrors();
			KeyResult.checkConfidence(errors, confidence);
			assertThat(errors.has("confidence")).as("confidence %s", confidence).isTrue();
		}
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
