package dev.lodestar.organization;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lodestar.shared.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ActorTests {

	private static final TeamId TEAM = TeamId.random();

	@Test
	void adminAndChampionRunTheProgram() {
		assertThat(actor(Role.ADMIN).runsProgram()).isTrue();
		assertThat(actor(Role.CHAMPION).runsProgram()).isTrue();
	}

	@Test
	void memberAndViewerDoNotRunTheProgram() {
		assertThat(actor(Role.MEMBER, TEAM).runsProgram()).isFalse();
		assertThat(actor(Role.VIEWER, TEAM).runsProgram()).isFalse();
	}

	@Test
	void onlyTheAdminIsAdmin() {
		assertThat(actor(Role.ADMIN).isAdmin()).isTrue();
		assertThat(actor(Role.CHAMPION).isAdmin()).isFalse();
		assertThat(actor(Role.MEMBER).isAdmin()).isFalse();
		assertThat(actor(Role.VIEWER).isAdmin()).isFalse();
	}

	@Test
	void memberFlaggedLeadLeadsThatTeam() {
		assertThat(actor(Role.MEMBER, TEAM).leads(TEAM)).isTrue();
	}

	@Test
	void leadLeadsOnlyTheTeamsTheyLead() {
		Actor lead = actor(Role.MEMBER, TEAM);
		assertThat(lead.leads(TeamId.random())).isFalse();
		assertThat(actor(Role.MEMBER).leads(TEAM)).isFalse();
	}

	@Test
	void nobodyLeadsTheCompanyAsATeam() {
		assertThat(actor(Role.MEMBER, TEAM).leads(null)).isFalse();
		assertThat(actor(Role.ADMIN, TEAM).leads(null)).isFalse();
	}

	@Test
	void viewerNeverLeadsEvenWhenFlaggedLead() {
		assertThat(actor(Role.VIEWER, TEAM).leads(TEAM)).isFalse();
	}

	@Test
	void viewerNeverWrites() {
		assertThat(actor(Role.VIEWER, TEAM).mayWrite()).isFalse();
	}

	@Test
	void everyoneButViewersMayWrite() {
		assertThat(actor(Role.ADMIN).mayWrite()).isTrue();
		assertThat(actor(Role.CHAMPION).mayWrite()).isTrue();
		assertThat(actor(Role.MEMBER).mayWrite()).isTrue();
	}

	@Test
	void actorKnowsWhoTheyAre() {
		PersonId me = PersonId.random();
		Actor actor = new Actor(me, Role.MEMBER, Set.of());
		assertThat(actor.is(me)).isTrue();
		assertThat(actor.is(PersonId.random())).isFalse();
		assertThat(actor.is(null)).isFalse();
	}

	@Test
	void refusedActionIsForbiddenWithAReadableMessage() {
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> actor(Role.VIEWER).require(false, "edit this team"))
			.withMessage("You may not edit this team.");
	}

	@Test
	void allowedActionPasses() {
		assertThatCode(() -> actor(Role.VIEWER).require(true, "read this team")).doesNotThrowAnyException();
	}

	@Test
	void ledTeamsCannotBeChangedFromOutside() {
		Set<TeamId> teams = new HashSet<>();
		teams.add(TEAM);
		Actor lead = new Actor(PersonId.random(), Role.MEMBER, teams);
		TeamId other = TeamId.random();
		teams.add(other);
		assertThat(lead.leads(other)).isFalse();
		assertThat(lead.ledTeams()).containsExactly(TEAM);
	}

	private static Actor actor(Role role, TeamId... ledTeams) {
		return new Actor(PersonId.random(), role, Set.of(ledTeams));
	}

}
