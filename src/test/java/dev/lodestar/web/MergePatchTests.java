package dev.lodestar.web;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MergePatchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void bodyMustBeAJsonObject() {
		for (String body : new String[] { "[]", "\"title\"", "3", "null" }) {
			assertThatExceptionOfType(InvalidInputException.class).as(body)
				.isThrownBy(() -> MergePatch.of(JSON.readTree(body)))
				.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("body"));
		}
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> MergePatch.of(null));
	}

	@Test
	void absentPropertyLeavesTheAttributeAsItIs() {
		MergePatch patch = patch("{}");
		assertThat(patch.has("title")).isFalse();
		assertThat(patch.text("title")).isNull();
		assertThat(patch.optionalText("description")).isNull();
		assertThat(patch.number("weight")).isNull();
		assertThat(patch.date("startDate")).isNull();
		assertThat(patch.enumValue("status", ObjectiveStatus.class)).isNull();
		assertThat(patch.optionalObject("alignedTo")).isNull();
		assertThatCode(patch::validate).doesNotThrowAnyException();
	}

	@Test
	void nullClearsAnAttributeThatMayBeCleared() {
		MergePatch patch = patch("{\"description\": null, \"alignedTo\": null}");
		assertThat(patch.has("description")).isTrue();
		assertThat(patch.optionalText("description")).isEmpty();
		assertThat(patch.optionalObject("alignedTo")).isEmpty();
		assertThatCode(patch::validate).doesNotThrowAnyException();
	}

	@Test
	void nullIsRefusedForAnAttributeThatMayNotBeCleared() {
		MergePatch patch = patch(
				"{\"title\": null, \"weight\": null, \"startDate\": null, \"status\": null, \"description\": null}");
		assertThat(patch.text("title")).isNull();
		assertThat(patch.number("weight")).isNull();
		assertThat(patch.date("startDate")).isNull();
		assertThat(patch.enumValue("status", ObjectiveStatus.class)).isNull();
		assertThat(patch.optionalText("description")).isEmpty();
		assertInvalid(patch, "title", "weight", "startDate", "status");
	}

	@Test
	void presentValuesAreRead() {
		MergePatch patch = patch("{\"title\": \"Grow\", \"description\": \"Why\", \"weight\": 2.5, \"count\": 3, "
				+ "\"startDate\": \"2026-01-31\", \"status\": \"published\", \"alignedTo\": {\"objectiveId\": \"x\"}}");
		assertThat(patch.text("title")).isEqualTo("Grow");
		assertThat(patch.optionalText("description")).contains("Why");
		assertThat(patch.number("weight")).isEqualTo(2.5);
		assertThat(patch.number("count")).isEqualTo(3.0);
		assertThat(patch.date("startDate")).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(patch.enumValue("status", ObjectiveStatus.class)).isEqualTo(ObjectiveStatus.PUBLISHED);
		Optional<JsonNode> alignedTo = patch.optionalObject("alignedTo");
		assertThat(alignedTo).isPresent();
		assertThat(alignedTo.get().get("objectiveId").stringValue()).isEqualTo("x");
		assertThatCode(patch::validate).doesNotThrowAnyException();
	}

	@Test
	void wrongTypeIsRefusedAndNamesTheField() {
		MergePatch patch = patch("{\"title\": 3}");
		assertThat(patch.text("title")).isNull();
		assertInvalid(patch, "title");
		assertThat(patch.errors().has("title")).isTrue();
	}

	@Test
	void numberWrittenAsTextIsRefused() {
		MergePatch patch = patch("{\"weight\": \"2\"}");
		assertThat(patch.number("weight")).isNull();
		assertInvalid(patch, "weight");
	}

	@Test
	void everyWrongTypeIsReportedAtOnce() {
		MergePatch patch = patch("{\"title\": true, \"description\": [], \"weight\": \"heavy\", "
				+ "\"alignedTo\": \"up\", \"startDate\": 20260131}");
		patch.text("title");
		patch.optionalText("description");
		patch.number("weight");
		patch.optionalObject("alignedTo");
		patch.date("startDate");
		assertInvalid(patch, "title", "description", "weight", "alignedTo", "startDate");
	}

	@Test
	void dateMustBeWrittenAsYearMonthDay() {
		MergePatch patch = patch("{\"startDate\": \"31.01.2026\", \"endDate\": \"2026-02-30\"}");
		assertThat(patch.date("startDate")).isNull();
		assertThat(patch.date("endDate")).isNull();
		assertInvalid(patch, "startDate", "endDate");
	}

	@Test
	void enumValueMustBeOneOfItsLowerCaseNames() {
		MergePatch patch = patch("{\"status\": \"PUBLISHED\", \"kind\": \"someday\"}");
		assertThat(patch.enumValue("status", ObjectiveStatus.class)).isNull();
		assertThat(patch.enumValue("kind", ObjectiveStatus.class)).isNull();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(patch::validate)
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(
					new FieldError("status", "must be one of draft, in-review, published, archived"),
					new FieldError("kind", "must be one of draft, in-review, published, archived")));
	}

	@Test
	void enumValueWithSeveralWordsIsHyphenated() {
		MergePatch patch = patch("{\"flavour\": \"salted-caramel\", \"other\": \"salted_caramel\"}");
		assertThat(patch.enumValue("flavour", Flavour.class)).isEqualTo(Flavour.SALTED_CARAMEL);
		assertThat(patch.enumValue("other", Flavour.class)).isNull();
		assertInvalid(patch, "other");
	}

	private static MergePatch patch(String json) {
		return MergePatch.of(JSON.readTree(json));
	}

	private static void assertInvalid(MergePatch patch, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(patch::validate)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

	enum Flavour {

		SALTED_CARAMEL, VANILLA

	}

}
