package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.alignment.Alignment.Coverage;
import dev.lodestar.organization.Team;

/**
 * A cycle's coverage as the map shows it: the figures, and the first of the teams without
 * objectives and of the objectives aligned to nothing, with how many more there are.
 */
record CoverageView(int teams, int teamsWithPublishedObjectives, int objectives, int alignedObjectives,
		int sharedObjectives, List<Team> teamsWithout, int moreTeamsWithout, List<Unaligned> unaligned,
		int moreUnaligned, int requested, int accepted, int declined) {

	static CoverageView of(Coverage coverage, int listed) {
		List<Team> without = coverage.teamsWithoutObjectives();
		List<Unaligned> unaligned = coverage.unalignedObjectives()
			.stream()
			.map((objective) -> new Unaligned(objective.id().toString(), objective.title()))
			.toList();
		return new CoverageView(coverage.teams(), coverage.teamsWithPublishedObjectives(), coverage.objectives(),
				coverage.alignedObjectives(), coverage.sharedObjectives(), without.stream().limit(listed).toList(),
				Math.max(0, without.size() - listed), unaligned.stream().limit(listed).toList(),
				Math.max(0, unaligned.size() - listed), coverage.requestedDependencies(),
				coverage.acceptedDependencies(), coverage.declinedDependencies());
	}

	public int teamsWithoutCount() {
		return this.teamsWithout.size() + this.moreTeamsWithout;
	}

	public int unalignedCount() {
		return this.unaligned.size() + this.moreUnaligned;
	}

	/** A team's objective that contributes to nothing. */
	record Unaligned(String id, String title) {
	}

}
