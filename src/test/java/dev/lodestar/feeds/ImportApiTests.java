package dev.lodestar.feeds;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class ImportApiTests extends ApiTest {

	@Test
	void validFileAppliesEveryRowWithSourceImport() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		Reply applied = importCsv(owner, """
				keyResultId,value,confidence,note
				%s,30,8,"From the BI job, with a comma"
				%s,15,4,
				""".formatted(first, second), false);
		assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
		assertThat(applied.json().get("applied").asInt()).isEqualTo(2);
		Reply history = owner.api().get("/api/v1/key-results/" + first + "/check-ins");
		assertThat(history.json().get("total").asInt()).isEqualTo(1);
		var checkIn = history.json().get("items").get(0);
		assertThat(checkIn.get("source").asString()).isEqualTo("import");
		assertThat(checkIn.get("value").asDouble()).isEqualTo(30.0);
		assertThat(checkIn.get("confidence").asInt()).isEqualTo(8);
		assertThat(checkIn.get("note").asString()).isEqualTo("From the BI job, with a comma");
		assertThat(checkIn.get("authorId").asString()).isEqualTo(owner.id());
		assertThat(owner.api().get("/api/v1/key-results/" + second).json().get("currentValue").asDouble())
			.isEqualTo(15.0);
	}

	@Test
	void oneBadRowAppliesNothingAndNamesTheRowAndWhy() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		Reply refused = importCsv(owner, """
				keyResultId,value,confidence
				%s,30,8
				%s,thirty,7
				""".formatted(first, second), false);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.errorFields()).containsExactly("row 3");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("value must be a number");
		for (String keyResult : new String[] { first, second }) {
			assertThat(owner.api().get("/api/v1/key-results/" + keyResult + "/check-ins").json().get("total").asInt())
				.isZero();
			assertThat(owner.api().get("/api/v1/key-results/" + keyResult).json().get("currentValue").asDouble())
				.isEqualTo(10.0);
		}
	}

	@Test
	void previewSaysWhatEachRowWouldDoAndWritesNothing() {
		Person owner = person("member");
		Person other = person("member");
		String objective = objective(cycle("execute"), null);
		String mine = keyResult(objective, owner.id());
		String theirs = keyResult(objective, other.id());
		String unknown = java.util.UUID.randomUUID().toString();
		Reply preview = importCsv(owner, """
				keyResultId,value,confidence
				%s,30,8
				%s,30,8
				%s,30,8
				not-an-id,30,8
				%s,31,8
				%s,12,
				""".formatted(mine, theirs, unknown, mine, mine), true);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.json().get("total").asInt()).isEqualTo(6);
		var items = preview.json().get("items");
		assertThat(items.get(0).get("row").asInt()).isEqualTo(2);
		assertThat(items.get(0).get("title").asString()).isEqualTo("Weekly active teams");
		assertThat(items.get(0).get("currentValue").asDouble()).isEqualTo(10.0);
		assertThat(items.get(0).get("value").asDouble()).isEqualTo(30.0);
		assertThat(items.get(0).get("error").isNull()).isTrue();
		assertThat(items.get(1).get("error").asString()).contains("may not check in");
		assertThat(items.get(2).get("error").asString()).contains("names no known key result");
		assertThat(items.get(3).get("error").asString()).contains("is not a key result id");
		assertThat(items.get(4).get("error").asString()).contains("is in row 2 already");
		assertThat(owner.api().get("/api/v1/key-results/" + mine + "/check-ins").json().get("total").asInt()).isZero();
	}

	@Test
	void confidenceDefaultsToTheLatestAndIsRequiredWithoutOne() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String checkedIn = keyResult(objective, owner.id());
		String fresh = keyResult(objective, owner.id());
		owner.api().post("/api/v1/key-results/" + checkedIn + "/check-ins", Map.of("value", 20, "confidence", 3));
		var items = importCsv(owner, "keyResultId,value\n%s,25\n%s,25\n".formatted(checkedIn, fresh), true).json()
			.get("items");
		assertThat(items.get(0).get("confidence").asInt()).isEqualTo(3);
		assertThat(items.get(0).get("error").isNull()).isTrue();
		assertThat(items.get(1).get("error").asString()).contains("confidence is required");
	}

	@Test
	void fileThatCannotBeReadIsRefusedAsAWhole() {
		Person owner = person("member");
		assertThat(importCsv(owner, "", false).errorFields()).containsExactly("csv");
		assertThat(importCsv(owner, "id,amount\n1,2\n", true).errorFields()).containsExactly("csv");
		assertThat(importCsv(owner, "keyResultId,value\n", true).errorFields()).containsExactly("csv");
		assertThat(importCsv(owner, "keyResultId,value\n\"open,1\n", true).errorFields()).containsExactly("csv");
		StringBuilder tooMany = new StringBuilder("keyResultId,value\n");
		String id = java.util.UUID.randomUUID().toString();
		for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
			tooMany.append(id).append(",1\n");
		}
		Reply refused = importCsv(owner, tooMany.toString(), true);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("more than 1,000 rows");
	}

	@Test
	void aRollUpRowIsRefusedInItsRowAndNothingIsApplied() {
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String measured = keyResult(objective, owner.id());
		String rollup = created(this.admin.post("/api/v1/objectives/" + objective + "/key-results",
				Map.of("title", "Rolled up", "ownerId", owner.id(), "type", "rollup")));
		String csv = "keyResultId,value,confidence\n%s,30,8\n%s,0.5,7\n".formatted(measured, rollup);

		Reply preview = importCsv(owner, csv, true);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.json().get("items").get(0).get("error").isNull()).isTrue();
		assertThat(preview.json().get("items").get(1).get("error").asString()).contains("roll-up");
		Reply refused = importCsv(owner, csv, false);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("row 3");
		assertThat(owner.api().get("/api/v1/key-results/" + measured + "/check-ins").json().get("total").asInt())
			.isZero();
	}

	@Test
	void viewersMayImportNothing() {
		Person owner = person("member");
		String keyResult = keyResult(objective(cycle("execute"), null), owner.id());
		Reply refused = importCsv(person("viewer"), "keyResultId,value,confidence\n%s,30,8\n".formatted(keyResult),
				false);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("row 2");
	}

	private Reply importCsv(Person person, String csv, boolean dryRun) {
		return person.api()
			.send("POST", "/api/v1/check-ins/import" + (dryRun ? "?dryRun=true" : ""), csv,
					Map.of("Content-Type", "text/csv; charset=utf-8"));
	}

}
