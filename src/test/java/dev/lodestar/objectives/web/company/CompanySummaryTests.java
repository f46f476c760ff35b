package dev.lodestar.objectives.web.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResultQueries.CyclePaces;
import dev.lodestar.objectives.KeyResultQueries.TeamPace;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company summary draws a bar for every team of a small organisation, the
 * company-wide objectives first and the teams by name, and in a large one for the teams
 * furthest behind what is expected, in the order the database found them (see
 * ObjectiveFiguresTests for how it finds them).
 */
class CompanySummaryTests {

	@Test
	void aFewTeamsAreAllShownByNameTheCompanyWideObjectivesFirst() {
		List<TeamPace> teams = new ArrayList<>(List.of(team("team b", 0.3), team("Team A", 0.1), team("Team c", 0.2)));
		teams.add(new TeamPace(null, "Company-wide", 1, 0.9, 0.5, null));

		CompanySummary summary = CompanySummary.of(new CyclePaces(teams, 4, bands()), List.of(), Map.of(), 0.5);

		assertThat(summary.teams()).extracting(CompanySummary.TeamPace::name)
			.containsExactly("Company-wide", "Team A", "team b", "Team c");
		assertThat(summary.teamsLeftOut()).isFalse();
	}

	@Test
	void manyTeamsShowTheFurthestBehindInTheirOrder() {
		List<TeamPace> furthestBehind = new ArrayList<>();
		for (int n = 0; n < CompanySummary.TEAMS_SHOWN; n++) {
			furthestBehind.add(team(String.format("Team %02d", 29 - n), n / 100.0));
		}

		CompanySummary summary = CompanySummary.of(new CyclePaces(furthestBehind, 30, bands()), List.of(), Map.of(),
				0.5);

		assertThat(summary.teamCount()).isEqualTo(30);
		assertThat(summary.teamsLeftOut()).isTrue();
		assertThat(summary.teams()).extracting(CompanySummary.TeamPace::name).startsWith("Team 29", "Team 28");
	}

	@Test
	void aTeamsStatusIsTheWorseOfItsPaceAndItsConfidence() {
		TeamPace behind = new TeamPace(new TeamId(UUID.randomUUID()), "Behind", 1, 0.1, 0.5, 8.0);
		TeamPace doubtful = new TeamPace(new TeamId(UUID.randomUUID()), "Doubtful", 1, 0.5, 0.5, 2.0);

		CompanySummary summary = CompanySummary.of(new CyclePaces(List.of(behind, doubtful), 2, bands()), List.of(),
				Map.of(), 0.5);

		assertThat(summary.teams()).extracting(CompanySummary.TeamPace::status)
			.containsExactly(ConfidenceBand.OFF_TRACK, ConfidenceBand.OFF_TRACK);
	}

	private static TeamPace team(String name, double progress) {
		return new TeamPace(new TeamId(UUID.randomUUID()), name, 1, progress, 0.5, 7.0);
	}

	private static Map<ConfidenceBand, Long> bands() {
		return Map.of(ConfidenceBand.ON_TRACK, 1L, ConfidenceBand.AT_RISK, 0L, ConfidenceBand.OFF_TRACK, 0L,
				ConfidenceBand.UNKNOWN, 0L);
	}

}
