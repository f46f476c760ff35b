package dev.lodestar.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldErrorsTests {

	@Test
	void noErrorsThrowNothing() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.isEmpty()).isTrue();
		assertThatCode(errors::throwIfAny).doesNotThrowAnyException();
	}

	@Test
	void severalErrorsAreThrownTogetherInOrder() {
		FieldErrors errors = new FieldErrors().add("title", "must not be blank").add("weight", "must be zero or more");
		assertThat(errors.isEmpty()).isFalse();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(errors::throwIfAny)
			.withMessage("2 fields are invalid.")
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(new FieldError("title", "must not be blank"),
					new FieldError("weight", "must be zero or more")));
	}

	@Test
	void singleErrorNamesItsFieldInTheMessage() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new FieldErrors().add("title", "must not be blank").throwIfAny())
			.withMessage("title: must not be blank");
	}

	@Test
	void errorsKnowWhichFieldsAreBroken() {
		FieldErrors errors = new FieldErrors().add("title", "must not be blank");
		assertThat(errors.has("title")).isTrue();
		assertThat(errors.has("description")).isFalse();
	}

	@Test
	void titleIsTrimmed() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.title("title", "  Grow  ")).isEqualTo("Grow");
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void blankOrMissingTitleIsRefused() {
		for (String title : new String[] { null, "", "   ", "\t\n" }) {
			FieldErrors errors = new FieldErrors();
			errors.title("title", title);
			assertThat(errors.has("title")).as("title [%s]", title).isTrue();
		}
	}

	@Test
	void titleMayHaveTwoHundredCharactersAfterTrimming() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.title("title", "x".repeat(200))).hasSize(200);
		assertThat(errors.title("title", "   " + "x".repeat(200) + "   ")).hasSize(200);
		assertThat(errors.isEmpty()).isTrue();
		errors.title("name", "x".repeat(201));
		assertThat(errors.has("name")).isTrue();
	}

	@Test
	void textMayHaveTenThousandCharacters() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.text("note", "x".repeat(10_000))).hasSize(10_000);
		assertThat(errors.text("note", " " + "x".repeat(10_000) + " ")).hasSize(10_000);
		assertThat(errors.isEmpty()).isTrue();
		errors.text("description", "x".repeat(10_001));
		assertThat(errors.has("description")).isTrue();
	}

	@Test
	void blankTextIsNone() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.text("note", null)).isNull();
		assertThat(errors.text("note", "  ")).isNull();
		assertThat(errors.text("note", " Done ")).isEqualTo("Done");
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void missingRequiredValueIsReported() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.required("ownerId", "someone")).isEqualTo("someone");
		assertThat(errors.isEmpty()).isTrue();
		assertThat(errors.<String>required("ownerId", null)).isNull();
		assertThat(errors.has("ownerId")).isTrue();
	}

	@Test
	void numberMustBePresentAndFinite() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.number("value", 3.5)).isEqualTo(3.5);
		assertThat(errors.isEmpty()).isTrue();
		errors.number("missing", null);
		errors.number("nan", Double.NaN);
		errors.number("infinite", Double.NEGATIVE_INFINITY);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(errors::throwIfAny)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field)
				.containsExactly("missing", "nan", "infinite"));
	}

	@Test
	void collectKeepsTheErrorsOfAStepThatFails() {
		FieldErrors errors = new FieldErrors().add("title", "must not be blank");
		String result = errors.collect(() -> {
			throw InvalidInputException.of("keyResults[0].weight", "must be zero or more");
		});
		assertThat(result).isNull();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(errors::throwIfAny)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field)
				.containsExactly("title", "keyResults[0].weight"));
	}

	@Test
	void collectAnswersTheResultOfAStepThatSucceeds() {
		FieldErrors errors = new FieldErrors();
		assertThat(errors.collect(() -> "ok")).isEqualTo("ok");
		assertThat(errors.isEmpty()).isTrue();
	}

}
