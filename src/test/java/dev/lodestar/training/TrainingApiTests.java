package dev.lodestar.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.lodestar.organization.PersonId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/training/...} over real HTTP: the modules meant for the caller, a module
 * without its answers, answering wrong then right, completion kept once, bad answers
 * refused naming the field, who sees whose progress, and what counts as done for a member
 * and for a lead (also as the readiness of a cycle counts it).
 */
class TrainingApiTests extends ApiTest {

	private static final List<String> EVERYONE = List.of("okrs-and-why", "writing-objectives", "outcome-key-results",
			"confidence-and-check-ins", "scoring-and-reflecting");

	@Autowired
	private TrainingCatalogue catalogue;

	@Autowired
	private TrainingCompletions completions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aMemberSeesTheModulesForEveryoneAndALeadAllSix() {
		Person member = person("member");
		Reply list = member.api().get("/api/v1/training/modules");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().get("total").asInt()).isEqualTo(5);
		JsonNode first = list.json().get("items").get(0);
		assertThat(first.get("id").asString()).isEqualTo("okrs-and-why");
		assertThat(first.get("title").asString()).isNotBlank();
		assertThat(first.get("minutes").asInt()).isPositive();
		assertThat(first.get("completed").asBoolean()).isFalse();

		Person lead = person("member");
		join(team("Team " + UUID.randomUUID()), lead, true);
		assertThat(lead.api().get("/api/v1/training/modules").json().get("total").asInt()).isEqualTo(6);
		assertThat(person("champion").api().get("/api/v1/training/modules").json().get("total").asInt()).isEqualTo(6);
	}

	@Test
	void aModuleHasSectionsAndQuestionsButNeverTheAnswers() {
		Person member = person("viewer");
		Reply reply = member.api().get("/api/v1/training/modules/outcome-key-results");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode module = reply.json();
		assertThat(module.get("sections").size()).isGreaterThan(1);
		assertThat(module.get("sections").get(0).get("title").asString()).isNotBlank();
		assertThat(module.get("questions").size()).isBetween(3, 5);
		JsonNode question = module.get("questions").get(0);
		assertThat(question.get("id").asString()).isEqualTo("q1");
		assertThat(question.get("options").size()).isGreaterThan(1);
		assertThat(question.has("answer")).isFalse();
		assertThat(question.has("explanation")).isFalse();
		assertThat(reply.body()).doesNotContain("explanation");

		assertThat(member.api().get("/api/v1/training/modules/nothing-like-it").status()).isEqualTo(404);
		assertThat(member.api()
			.post("/api/v1/training/modules/nothing-like-it/answers", Map.of("answers", Map.of()))
			.status()).isEqualTo(404);
	}

	@Test
	void aWrongAnswerFailsWithTheExplanationAndAllRightCompletesOnce() {
		Person member = person("member");
		TrainingModule module = this.catalogue.find("writing-objectives").orElseThrow();
		Map<String, String> answers = rightAnswers(module);
		TrainingModule.Question second = module.questions().get(1);
		String wrongOption = second.options().stream().filter((o) -> !second.rightAnswer(o)).findFirst().orElseThrow();
		answers.put(second.id(), wrongOption);

		Reply failed = answer(member, module.id(), answers);
		assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
		assertThat(failed.json().get("passed").asBoolean()).isFalse();
		assertThat(failed.json().get("correct").asInt()).isEqualTo(module.questions().size() - 1);
		assertThat(failed.json().get("total").asInt()).isEqualTo(module.questions().size());
		assertThat(failed.json().get("completed").asBoolean()).isFalse();
		assertThat(failed.json().get("wrong").size()).isEqualTo(1);
		assertThat(failed.json().get("wrong").get(0).get("questionId").asString()).isEqualTo(second.id());
		assertThat(failed.json().get("wrong").get(0).get("explanation").asString()).isEqualTo(second.explanation());
		assertThat(completed(member, module.id())).isFalse();

		Reply passed = answer(member, module.id(), rightAnswers(module));
		assertThat(passed.json().get("passed").asBoolean()).isTrue();
		assertThat(passed.json().get("correct").asInt()).isEqualTo(module.questions().size());
		assertThat(passed.json().get("wrong").size()).isZero();
		assertThat(passed.json().get("completed").asBoolean()).isTrue();
		String firstTime = passed.json().get("completedAt").asString();
		assertThat(completed(member, module.id())).isTrue();

		Reply again = answer(member, module.id(), rightAnswers(module));
		assertThat(again.json().get("passed").asBoolean()).isTrue();
		assertThat(again.json().get("completedAt").asString()).isEqualTo(firstTime);
		Reply failedAfter = answer(member, module.id(), answers);
		assertThat(failedAfter.json().get("passed").asBoolean()).isFalse();
		assertThat(failedAfter.json().get("completed").asBoolean()).isTrue();
		assertThat(this.jdbc
			.sql("select count(*) from training_completion where person_id = :person and module_id = :module")
			.param("person", UUID.fromString(member.id()))
			.param("module", module.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badAnswersAreRefusedNamingTheFieldAndCompleteNothing() {
		Person member = person("member");
		TrainingModule module = this.catalogue.find("okrs-and-why").orElseThrow();
		String path = "/api/v1/training/modules/" + module.id() + "/answers";

		Reply noBody = member.api().post(path, null);
		assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
		assertThat(noBody.errorFields()).containsExactly("answers");
		Reply empty = member.api().post(path, Map.of("answers", Map.of()));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorFields()).containsExactly("answers");

		Map<String, String> missing = rightAnswers(module);
		missing.remove("q3");
		Reply oneMissing = answer(member, module.id(), missing);
		assertThat(oneMissing.status()).isEqualTo(400);
		assertThat(oneMissing.errorFields()).containsExactly("answers[q3]");

		Map<String, String> unknownQuestion = rightAnswers(module);
		unknownQuestion.put("q99", "Yes");
		Reply unknown = answer(member, module.id(), unknownQuestion);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("answers[q99]");

		Map<String, String> unknownOption = rightAnswers(module);
		unknownOption.put("q2", "Whenever you feel like it");
		Reply option = answer(member, module.id(), unknownOption);
		assertThat(option.status()).isEqualTo(400);
		assertThat(option.errorFields()).containsExactly("answers[q2]");
		assertThat(completed(member, module.id())).isFalse();
	}

	@Test
	void progressIsForAdminsChampionsAndTheTeamsLeads() {
		String team = team("Team " + UUID.randomUUID());
		String other = team("Other " + UUID.randomUUID());
		Person lead = person("member");
		Person member = person("member");
		Person otherLead = person("member");
		join(team, lead, true);
		join(team, member, false);
		join(other, otherLead, true);
		String path = "/api/v1/training/progress?teamId=" + team;

		assertThat(this.admin.get(path).status()).isEqualTo(200);
		assertThat(person("champion").api().get(path).status()).isEqualTo(200);
		Reply byLead = lead.api().get(path);
		assertThat(byLead.status()).as(byLead.toString()).isEqualTo(200);
		assertThat(byLead.json().get("total").asInt()).isEqualTo(2);
		assertThat(member.api().get(path).status()).isEqualTo(403);
		assertThat(otherLead.api().get(path).status()).isEqualTo(403);
		assertThat(person("viewer").api().get(path).status()).isEqualTo(403);

		assertThat(this.admin.get("/api/v1/training/progress").status()).isEqualTo(200);
		assertThat(person("champion").api().get("/api/v1/training/progress?limit=1").json().get("items").size())
			.isEqualTo(1);
		assertThat(lead.api().get("/api/v1/training/progress").status()).isEqualTo(403);
		assertThat(member.api().get("/api/v1/training/progress").status()).isEqualTo(403);

		assertThat(this.admin.get("/api/v1/training/progress?teamId=" + UUID.randomUUID()).status()).isEqualTo(404);
		Reply badTeam = this.admin.get("/api/v1/training/progress?teamId=not-an-id");
		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.errorFields()).containsExactly("teamId");
		assertThat(this.admin.get(path + "&limit=0").errorFields()).containsExactly("limit");
	}

	@Test
	void doneMeansEveryModuleMeantForThePerson() {
		String team = team("Team " + UUID.randomUUID());
		Person lead = person("member");
		Person member = person("member");
		Person starter = person("member");
		join(team, lead, true);
		join(team, member, false);
		join(team, starter, false);
		for (String id : EVERYONE) {
			assertThat(answer(member, id, rightAnswers(this.catalogue.find(id).orElseThrow())).json()
				.get("passed")
				.asBoolean()).isTrue();
			answer(lead, id, rightAnswers(this.catalogue.find(id).orElseThrow()));
		}
		answer(starter, "okrs-and-why", rightAnswers(this.catalogue.find("okrs-and-why").orElseThrow()));

		Map<String, JsonNode> byPerson = progress(team);
		assertThat(byPerson.get(member.id()).get("done").asBoolean()).isTrue();
		assertThat(byPerson.get(member.id()).get("completed").size()).isEqualTo(5);
		assertThat(byPerson.get(lead.id()).get("done").asBoolean()).isFalse();
		assertThat(byPerson.get(starter.id()).get("done").asBoolean()).isFalse();
		assertThat(byPerson.get(starter.id()).get("completed").get(0).asString()).isEqualTo("okrs-and-why");
		assertThat(this.completions.countDone(ids(lead, member, starter))).isEqualTo(1);

		answer(lead, "running-the-rhythm", rightAnswers(this.catalogue.find("running-the-rhythm").orElseThrow()));
		assertThat(progress(team).get(lead.id()).get("done").asBoolean()).isTrue();
		assertThat(this.completions.countDone(ids(lead, member, starter))).isEqualTo(2);
		assertThat(this.completions.countDone(List.of())).isZero();
		assertThat(this.completions.countDone(ids(starter))).isZero();
	}

	@Test
	void thePagesAnswerOnlyThoseWhoMaySeeThem() {
		String team = team("Team " + UUID.randomUUID());
		Person lead = person("member");
		Person member = person("member");
		join(team, lead, true);
		join(team, member, false);
		SignedInBrowser asMember = SignedInBrowser.signIn(this.port, member.email(), PASSWORD);
		SignedInBrowser asLead = SignedInBrowser.signIn(this.port, lead.email(), PASSWORD);
		assertThat(asMember.get("/training").statusCode()).isEqualTo(200);
		assertThat(asMember.get("/training/running-the-rhythm").statusCode()).isEqualTo(200);
		assertThat(asMember.get("/training/nothing-like-it").statusCode()).isEqualTo(404);
		assertThat(asMember.get("/training/progress").statusCode()).isEqualTo(403);
		var byLead = asLead.get("/training/progress");
		assertThat(byLead.statusCode()).isEqualTo(200);
		assertThat(byLead.body()).contains("0 of 2 done");
		assertThat(asLead.get("/training/progress?team=" + team("Other " + UUID.randomUUID())).statusCode())
			.isEqualTo(403);
	}

	private Map<String, JsonNode> progress(String team) {
		Reply reply = this.admin.get("/api/v1/training/progress?teamId=" + team);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Map<String, JsonNode> byPerson = new HashMap<>();
		reply.json().get("items").forEach((item) -> byPerson.put(item.get("personId").asString(), item));
		return byPerson;
	}

	private static List<PersonId> ids(Person... people) {
		return java.util.Arrays.stream(people).map((person) -> new PersonId(UUID.fromString(person.id()))).toList();
	}

	private static Map<String, String> rightAnswers(TrainingModule module) {
		Map<String, String> answers = new HashMap<>();
		module.questions().forEach((question) -> answers.put(question.id(), question.answer()));
		return answers;
	}

	private static Reply answer(Person person, String module, Map<String, String> answers) {
		return person.api().post("/api/v1/training/modules/" + module + "/answers", Map.of("answers", answers));
	}

	private static boolean completed(Person person, String module) {
		Reply reply = person.api().get("/api/v1/training/modules/" + module);
		assertThat(reply.status()).isEqualTo(200);
		return reply.json().get("completed").asBoolean();
	}

}
