package dev.lodestar.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SurveysApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCycleStartsWithTheDefaultQuestions() {
		String cycle = cycle("reflect");
		Reply survey = this.admin.get("/api/v1/cycles/" + cycle + "/survey");
		assertThat(survey.status()).as(survey.toString()).isEqualTo(200);
		JsonNode questions = survey.json().get("questions");
		assertThat(questions).hasSize(6);
		assertThat(questions.get(0).get("text").asString()).isEqualTo("Our OKRs helped us focus on what matters.");
		assertThat(questions.get(0).get("kind").asString()).isEqualTo("scale");
		assertThat(questions.get(5).get("kind").asString()).isEqualTo("text");
		assertThat(survey.json().get("editable").asBoolean()).isTrue();
		assertThat(this.admin.get("/api/v1/cycles/" + UUID.randomUUID() + "/survey").status()).isEqualTo(404);
	}

	@Test
	void championsRewordReorderAddAndRemoveQuestionsUntilTheFirstAnswer() {
		String cycle = cycle("reflect");
		Person champion = person("champion");
		List<String> ids = ids(cycle);
		Reply put = champion.api()
			.put("/api/v1/cycles/" + cycle + "/survey",
					Map.of("questions", List.of(
							Map.of("id", ids.get(1), "text", "Check-ins were worth it", "kind", "scale"), Map.of("id",
									ids.get(0), "text", "Our OKRs helped us focus on what matters.", "kind", "scale"),
							Map.of("text", "Anything else?", "kind", "text"))));
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		JsonNode questions = this.admin.get("/api/v1/cycles/" + cycle + "/survey").json().get("questions");
		assertThat(questions).hasSize(3);
		assertThat(questions.get(0).get("id").asString()).isEqualTo(ids.get(1));
		assertThat(questions.get(0).get("text").asString()).isEqualTo("Check-ins were worth it");
		assertThat(questions.get(1).get("id").asString()).isEqualTo(ids.get(0));
		assertThat(questions.get(2).get("text").asString()).isEqualTo("Anything else?");

		assertThat(person("member").api()
			.put("/api/v1/cycles/" + cycle + "/survey",
					Map.of("questions", List.of(Map.of("text", "x", "kind", "text"))))
			.status()).isEqualTo(403);

		Reply answered = person("member").api()
			.post("/api/v1/cycles/" + cycle + "/survey/responses",
					Map.of("answers", List.of(Map.of("questionId", ids.get(1), "value", 4))));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);

		Reply locked = champion.api()
			.put("/api/v1/cycles/" + cycle + "/survey",
					Map.of("questions", List.of(Map.of("text", "Too late", "kind", "scale"))));
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.body()).contains("questions are fixed");
		assertThat(this.admin.get("/api/v1/cycles/" + cycle + "/survey").json().get("questions")).hasSize(3);
		assertThat(this.admin.get("/api/v1/cycles/" + cycle + "/survey").json().get("editable").asBoolean()).isFalse();
	}

	@Test
	void badQuestionsAreRefusedNamingTheFieldAndChangeNothing() {
		String cycle = cycle("reflect");
		List<String> before = ids(cycle);
		String path = "/api/v1/cycles/" + cycle + "/survey";
		assertThat(this.admin.put(path, Map.of("questions", List.of())).errorFields()).containsExactly("questions");
		assertThat(
				this.admin.put(path, Map.of("questions", List.of(Map.of("text", " ", "kind", "scale")))).errorFields())
			.containsExactly("questions[0].text");
		assertThat(this.admin.put(path, Map.of("questions", List.of(Map.of("text", "Fine", "kind", "stars"))))
			.errorFields()).containsExactly("questions[0].kind");
		assertThat(
				this.admin
					.put(path,
							Map.of("questions", List
								.of(Map.of("id", UUID.randomUUID().toString(), "text", "Fine", "kind", "scale"))))
					.errorFields())
			.containsExactly("questions[0].id");
		assertThat(this.admin.put(path, Map.of("questions", List.of(Map.of("text", "x".repeat(201), "kind", "scale"))))
			.status()).isEqualTo(400);
		List<Map<String, String>> many = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			many.add(Map.of("text", "Question " + i, "kind", "scale"));
		}
		assertThat(this.admin.put(path, Map.of("questions", many)).errorFields()).containsExactly("questions");
		assertThat(ids(cycle)).isEqualTo(before);
	}

	@Test
	void badAnswersAreRefusedNamingTheFieldAndStoreNothing() {
		String cycle = cycle("reflect");
		List<String> ids = ids(cycle);
		Person member = person("member");
		String path = "/api/v1/cycles/" + cycle + "/survey/responses";
		assertThat(member.api()
			.post(path,
					Map.of("answers",
							List.of(Map.of("questionId", ids.get(0), "value", 4),
									Map.of("questionId", ids.get(1), "value", 6))))
			.errorFields()).containsExactly("answers[1].value");
		assertThat(member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", ids.get(0), "value", 0))))
			.errorFields()).containsExactly("answers[0].value");
		assertThat(member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", UUID.randomUUID().toString(), "value", 3))))
			.errorFields()).containsExactly("answers[0].questionId");
		assertThat(member.api().post(path, Map.of("answers", List.of(Map.of("value", 3)))).errorFields())
			.containsExactly("answers[0].questionId");
		assertThat(member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", ids.get(5), "text", "x".repeat(10_001)))))
			.errorFields()).containsExactly("answers[0].text");
		assertThat(member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", ids.get(5), "value", 3))))
			.errorFields()).containsExactly("answers[0].value");
		assertThat(member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", ids.get(0), "text", "nice"))))
			.errorFields()).containsExactly("answers[0].text");
		assertThat(member.api()
			.post(path,
					Map.of("answers",
							List.of(Map.of("questionId", ids.get(0), "value", 3),
									Map.of("questionId", ids.get(0), "value", 4))))
			.errorFields()).containsExactly("answers[1].questionId");
		assertThat(member.api().post(path, Map.of("answers", List.of())).errorFields()).containsExactly("answers");
		assertThat(member.api().post(path, Map.of()).errorFields()).containsExactly("answers");

		assertThat(rows("survey_participation", cycle)).isZero();
		assertThat(answers(cycle)).isZero();
		Reply fine = member.api()
			.post(path, Map.of("answers", List.of(Map.of("questionId", ids.get(0), "value", 5),
					Map.of("questionId", ids.get(5), "text", "Fewer key results"))));
		assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
		assertThat(rows("survey_participation", cycle)).isEqualTo(1);
		assertThat(answers(cycle)).isEqualTo(2);
	}

	@Test
	void aSecondAnswerByTheSamePersonIsRefused() {
		String cycle = cycle("reflect");
		List<String> ids = ids(cycle);
		Person member = person("member");
		String path = "/api/v1/cycles/" + cycle + "/survey/responses";
		Map<String, Object> body = Map.of("answers", List.of(Map.of("questionId", ids.get(0), "value", 2)));
		assertThat(member.api().post(path, body).status()).isEqualTo(201);
		Reply again = member.api().post(path, body);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("already answered");
		assertThat(answers(cycle)).isEqualTo(1);
	}

	@Test
	void theSurveyIsOpenOnlyInReflectAndNotForViewers() {
		for (String phase : List.of("execute", "closed")) {
			String cycle = cycle(phase);
			String question = this.admin.get("/api/v1/cycles/" + cycle + "/survey")
				.json()
				.get("questions")
				.get(0)
				.get("id")
				.asString();
			Reply refused = person("member").api()
				.post("/api/v1/cycles/" + cycle + "/survey/responses",
						Map.of("answers", List.of(Map.of("questionId", question, "value", 3))));
			assertThat(refused.status()).as(phase).isEqualTo(409);
		}
		String cycle = cycle("reflect");
		Reply viewer = person("viewer").api()
			.post("/api/v1/cycles/" + cycle + "/survey/responses",
					Map.of("answers", List.of(Map.of("questionId", ids(cycle).get(0), "value", 3))));
		assertThat(viewer.status()).isEqualTo(403);
	}

	@Test
	void answersAreAnonymousNothingLinksAPersonToAnAnswer() {
		String cycle = cycle("reflect");
		List<String> ids = ids(cycle);
		Person member = person("member");
		member.api()
			.post("/api/v1/cycles/" + cycle + "/survey/responses",
					Map.of("answers", List.of(Map.of("questionId", ids.get(5), "text", "Only I would write this"))));
		List<String> columns = this.jdbc
			.sql("select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_answer'")
			.query(String.class)
			.list();
		assertThat(columns).containsExactlyInAnyOrder("id", "question_id", "rating", "text");
		List<String> participationColumns = this.jdbc.sql(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_participation'")
			.query(String.class)
			.list();
		assertThat(participationColumns).containsExactlyInAnyOrder("cycle_id", "person_id");
		String answerId = this.jdbc
			.sql("select cast(id as varchar) from survey_answer where text = 'Only I would write this'")
			.query(String.class)
			.single();
		assertThat(answerId).isNotEqualTo(member.id());
		assertThat(this.jdbc.sql("select count(*) from survey_participation where cast(person_id as varchar) = :answer")
			.param("answer", answerId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void championsSeeTheResponseRateMeansDistributionsAndSortedTexts() {
		String cycle = cycle("reflect");
		List<String> ids = ids(cycle);
		Person champion = person("champion");
		// those asked are the active participants: not viewers, nor people invited who
		// have
		// not joined, nor people deactivated (other tests leave both in the database)
		int asked = this.jdbc.sql("select count(*) from person where role <> 'VIEWER' and status = 'ACTIVE'")
			.query(Integer.class)
			.single();
		List<Integer> values = List.of(5, 3, 4);
		List<String> texts = List.of("Shorter check-ins", "Align earlier", "Fewer key results");
		for (int i = 0; i < 3; i++) {
			Reply answered = person("member").api()
				.post("/api/v1/cycles/" + cycle + "/survey/responses",
						Map.of("answers", List.of(Map.of("questionId", ids.get(0), "value", values.get(i)),
								Map.of("questionId", ids.get(5), "text", texts.get(i)))));
			assertThat(answered.status()).isEqualTo(201);
		}
		person("viewer");
		Reply results = champion.api().get("/api/v1/cycles/" + cycle + "/survey/results");
		assertThat(results.status()).as(results.toString()).isEqualTo(200);
		JsonNode json = results.json();
		assertThat(json.get("asked").asInt()).isEqualTo(asked + 3);
		assertThat(json.get("responded").asInt()).isEqualTo(3);
		assertThat(json.get("responseRate").asDouble()).isCloseTo(3.0 / (asked + 3),
				org.assertj.core.data.Offset.offset(1e-9));
		JsonNode focus = json.get("questions").get(0);
		assertThat(focus.get("count").asInt()).isEqualTo(3);
		assertThat(focus.get("mean").asDouble()).isEqualTo(4.0);
		assertThat(focus.get("distribution").get("1").asInt()).isZero();
		assertThat(focus.get("distribution").get("3").asInt()).isEqualTo(1);
		assertThat(focus.get("distribution").get("5").asInt()).isEqualTo(1);
		JsonNode unanswered = json.get("questions").get(1);
		assertThat(unanswered.get("count").asInt()).isZero();
		assertThat(unanswered.get("mean").isNull()).isTrue();
		JsonNode text = json.get("questions").get(5);
		assertThat(text.get("kind").asString()).isEqualTo("text");
		List<String> shown = new ArrayList<>();
		text.get("texts").forEach((node) -> shown.add(node.asString()));
		assertThat(shown).containsExactly("Align earlier", "Fewer key results", "Shorter check-ins");

		assertThat(person("member").api().get("/api/v1/cycles/" + cycle + "/survey/results").status()).isEqualTo(403);
	}

	private List<String> ids(String cycle) {
		List<String> ids = new ArrayList<>();
		this.admin.get("/api/v1/cycles/" + cycle + "/survey")
			.json()
			.get("questions")
			.forEach((q) -> ids.add(q.get("id").asString()));
		return ids;
	}

	private long rows(String table, String cycle) {
		return this.jdbc.sql("select count(*) from " + table + " where cycle_id = :cycle")
			.param("cycle", UUID.fromString(cycle))
			.query(Long.class)
			.single();
	}

	private long answers(String cycle) {
		return this.jdbc.sql(
				"select count(*) from survey_answer a join survey_question q on q.id = a.question_id where q.cycle_id = :cycle")
			.param("cycle", UUID.fromString(cycle))
			.query(Long.class)
			.single();
	}

}
