package dev.lodestar.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness of a cycle against an organisation of its own, fixed one check at a time:
 * every check starts not done and turns done when the state it reads is fixed (the
 * training is finished by writing its completions, since the API never tells the right
 * answers).
 */
abstract class ReadinessScenario extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void everyCheckTurnsDoneAsTheOrganisationIsFixed() {
		String cycle = cycle("prepare");
		JsonNode readiness = readiness(cycle);
		assertThat(readiness.get("ready").asBoolean()).isFalse();
		assertThat(readiness.get("checks")).extracting((check) -> check.get("id").asString())
			.containsExactly("teams-have-leads", "people-active", "people-trained", "company-objectives-published",
					"check-in-day-set");
		assertCheck(cycle, "teams-have-leads", false, "There are no teams yet");
		assertCheck(cycle, "company-objectives-published", false, "No company-wide objective yet");
		assertCheck(cycle, "check-in-day-set", false, "Not chosen yet: choose it in the settings");

		String product = team("Product " + UUID.randomUUID());
		String sales = team("Sales " + UUID.randomUUID());
		Person lead = person("member");
		join(product, lead, true);
		assertCheck(cycle, "teams-have-leads", false, "1 of 2 teams have a lead");
		join(sales, lead, true);
		assertCheck(cycle, "teams-have-leads", true, "2 of 2 teams have a lead");

		Person invited = person("member");
		this.jdbc.sql("update person set status = 'INVITED' where id = ?")
			.param(UUID.fromString(invited.id()))
			.update();
		assertCheck(cycle, "people-active", false, "2 people active, 1 invited but not yet active");
		Reply activated = this.admin.patch("/api/v1/people/" + invited.id(), Map.of("status", "active"));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
		assertCheck(cycle, "people-active", true, "3 people active, 0 invited but not yet active");

		assertCheck(cycle, "people-trained", false, "0 of 3 active people have finished the training");
		// every module the admin is offered is every module there is (admins take the
		// leads' one too)
		List<String> modules = new ArrayList<>();
		this.admin.get("/api/v1/training/modules")
			.json()
			.get("items")
			.forEach((module) -> modules.add(module.get("id").asString()));
		assertThat(modules).hasSizeGreaterThanOrEqualTo(6);
		for (UUID id : this.jdbc.sql("select id from person").query(UUID.class).list()) {
			for (String module : modules) {
				this.jdbc.sql("insert into training_completion (person_id, module_id, completed_at) values (?, ?, ?)")
					.params(id, module, java.sql.Timestamp.from(java.time.Instant.now()))
					.update();
			}
		}
		assertCheck(cycle, "people-trained", true, "3 of 3 active people have finished the training");

		String objective = objective(cycle, null);
		objective(cycle, product);
		assertCheck(cycle, "company-objectives-published", false, "0 of 1 company-wide objective published");
		Reply published = this.admin.patch("/api/v1/objectives/" + objective, Map.of("status", "published"));
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		assertCheck(cycle, "company-objectives-published", true, "1 of 1 company-wide objective published");

		Reply settings = this.admin.patch("/api/v1/settings", Map.of("checkInDay", "monday"));
		assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
		assertThat(settings.json().get("checkInDaySet").asBoolean()).isTrue();
		assertCheck(cycle, "check-in-day-set", true, "Check-ins are on Mondays");

		assertThat(readiness(cycle).get("ready").asBoolean()).isTrue();

		Reply deactivated = this.admin.patch("/api/v1/people/" + lead.id(), Map.of("status", "deactivated"));
		assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
		assertCheck(cycle, "teams-have-leads", false, "0 of 2 teams have a lead");
		assertThat(readiness(cycle).get("ready").asBoolean()).isFalse();
	}

	@Test
	@Order(2)
	void onlyAdminsAndChampionsReadItAndAnUnknownCycleIsNotFound() {
		String cycle = cycle("prepare");
		assertThat(person("champion").api().get("/api/v1/cycles/" + cycle + "/readiness").status()).isEqualTo(200);
		assertThat(person("member").api().get("/api/v1/cycles/" + cycle + "/readiness").status()).isEqualTo(403);
		assertThat(person("viewer").api().get("/api/v1/cycles/" + cycle + "/readiness").status()).isEqualTo(403);
		assertThat(this.anonymous.get("/api/v1/cycles/" + cycle + "/readiness").status()).isEqualTo(401);
		assertThat(this.admin.get("/api/v1/cycles/" + UUID.randomUUID() + "/readiness").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/cycles/not-a-cycle/readiness").status()).isEqualTo(404);
	}

	JsonNode readiness(String cycle) {
		Reply reply = this.admin.get("/api/v1/cycles/" + cycle + "/readiness");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	void assertCheck(String cycle, String id, boolean done, String detail) {
		JsonNode found = null;
		for (JsonNode check : readiness(cycle).get("checks")) {
			if (check.get("id").asString().equals(id)) {
				found = check;
			}
		}
		assertThat(found).as(id).isNotNull();
		assertThat(found.get("detail").asString()).as(id).isEqualTo(detail);
		assertThat(found.get("done").asBoolean()).as(id + ": " + detail).isEqualTo(done);
		assertThat(found.get("label").asString()).isNotBlank();
	}

}
