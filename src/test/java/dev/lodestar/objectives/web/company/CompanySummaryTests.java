package dev.lodestar.objectives.web.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultQueries.Figure;
import dev.lodestar.objectives.KeyResultQueries.ObjectiveFigures;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.SharedTeams;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company summary draws a bar for every team of a small organisation and, in a large
 * one, for the teams furthest behind what is expected.
 */
class CompanySummaryTests {

	@Test
	void aFewTeamsAreAllShownByName() {
		CompanySummary summary = summaryOf(3);
		assertThat(summary.teams()).extracting(CompanySummary.TeamPace::name)
			.containsExactly("Team 00", "Team 01", "Team 02");
		assertThat(summary.teamsLeftOut()).isFalse();
	}

	@Test
	void manyTeamsShowTheFurthestBehindFirst() {
		CompanySummary summary = summaryOf(30);
		assertThat(summary.teamCount()).isEqualTo(30);
		assertThat(summary.teamsLeftOut()).isTrue();
		assertThat(summary.teams()).hasSize(CompanySummary.TEAMS_SHOWN);
		// team n is n % behind: the furthest behind are the ones with the least progress
		assertThat(summary.teams()).extracting(CompanySummary.TeamPace::name)
			.startsWith("Team 00", "Team 01", "Team 02")
			.doesNotContain("Team 29");
	}

	/** {@code count} teams, team n with one key result at n % while 50 % is expected. */
	private static CompanySummary summaryOf(int count) {
		List<ObjectiveFigures> objectives = new ArrayList<>();
		Map<TeamId, String> names = new HashMap<>();
		for (int n = 0; n < count; n++) {
			TeamId team = new TeamId(UUID.randomUUID());
			names.put(team, String.format("Team %02d", n));
			objectives.add(new ObjectiveFigures(new ObjectiveId(UUID.randomUUID()), team, SharedTeams.NONE,
					List.of(new Figure(KeyResultType.METRIC, n / 100.0, 1.0, 7))));
		}
		return CompanySummary.of(objectives, List.of(), names, 0.5);
	}

}
