package dev.lodestar.rhythm;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static dev.lodestar.rhythm.RhythmFixtures.thisWeek;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kudos over the API: given by anyone who may write a team's week to any person, kept
 * with the team and the week, and announced as {@link KudosGiven}.
 */
@RecordApplicationEvents
class KudosApiTests extends ApiTest {

	@Autowired
	KudosWall kudos;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void aMemberGivesKudosToSomeoneOutsideTheTeamAndTheTeamsWeekShowsThem() {
		Person giver = person("member");
		Person outsider = person("member");
		String team = team("Kudos");
		join(team, giver, false);
		Reply given = giver.api()
			.post("/api/v1/kudos", Map.of("toId", outsider.id(), "teamId", team, "message", "Thanks for the data!"));
		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		assertThat(given.header("Location")).contains("/api/v1/kudos?teamId=" + team);
		assertThat(given.field("fromId")).isEqualTo(giver.id());
		assertThat(given.field("toId")).isEqualTo(outsider.id());
		assertThat(given.field("week")).isEqualTo(thisWeek());

		Reply listed = this.admin.get("/api/v1/kudos?teamId=" + team + "&week=" + thisWeek());
		assertThat(listed.json().get("total").asInt()).isEqualTo(1);
		assertThat(listed.json().get("items").get(0).get("message").asString()).isEqualTo("Thanks for the data!");
		assertThat(this.admin.get("/api/v1/kudos?teamId=" + team).json().get("total").asInt()).isEqualTo(1);
		assertThat(this.admin.get("/api/v1/teams/" + team + "/weeks/" + thisWeek()).json().get("kudos").size())
			.isEqualTo(1);
	}

	@Test
	void givingKudosAnnouncesThemToWhoeverListens() {
		Person giver = person("member");
		Person recipient = person("member");
		String team = team("Kudos event");
		join(team, giver, false);
		Kudos given = this.kudos.give(this.people.actorOf(new PersonId(java.util.UUID.fromString(giver.id()))),
				TeamId.fromPath(team), PersonId.fromPath(recipient.id()), "Great demo");

		assertThat(this.events.stream(KudosGiven.class)).singleElement().satisfies((event) -> {
			assertThat(event.kudosId()).isEqualTo(given.id());
			assertThat(event.fromPersonId().toString()).isEqualTo(giver.id());
			assertThat(event.toPersonId().toString()).isEqualTo(recipient.id());
			assertThat(event.teamId().toString()).isEqualTo(team);
			assertThat(event.message()).isEqualTo("Great demo");
			assertThat(event.at()).isNotNull();
		});
	}

	@Test
	void badKudosAreRefusedNamingTheField() {
		Person giver = person("member");
		String team = team("Bad kudos");
		join(team, giver, false);
		assertThat(giver.api()
			.post("/api/v1/kudos",
					Map.of("toId", java.util.UUID.randomUUID().toString(), "teamId", team, "message", "Hi"))
			.errorFields()).containsExactly("toId");
		assertThat(giver.api()
			.post("/api/v1/kudos", Map.of("toId", giver.id(), "teamId", team, "message", "Me"))
			.errorFields()).containsExactly("toId");
		assertThat(giver.api()
			.post("/api/v1/kudos",
					Map.of("toId", this.admin.get("/api/v1/people/me").field("id"), "teamId", team, "message", " "))
			.errorFields()).containsExactly("message");
		assertThat(giver.api()
			.post("/api/v1/kudos", Map.of("toId", giver.id(), "teamId", "no-team", "message", "Hi"))
			.errorFields()).containsExactly("teamId");
		assertThat(giver.api()
			.post("/api/v1/kudos",
					Map.of("toId", giver.id(), "teamId", java.util.UUID.randomUUID().toString(), "message", "Hi"))
			.errorFields()).containsExactly("teamId");
		assertThat(this.admin.get("/api/v1/kudos").errorFields()).containsExactly("teamId");
		assertThat(this.admin.get("/api/v1/kudos?teamId=" + team + "&week=2026-12-03").errorFields())
			.containsExactly("week");
		Person outsider = person("member");
		assertThat(outsider.api()
			.post("/api/v1/kudos", Map.of("toId", giver.id(), "teamId", team, "message", "Hi"))
			.status()).isEqualTo(403);
	}

}
