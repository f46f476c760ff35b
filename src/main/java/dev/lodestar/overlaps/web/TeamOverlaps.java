package dev.lodestar.overlaps.web;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.web.team.TeamPageSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.overlaps.Overlaps;

/**
 * A short notice on a team's page when the team overlaps with another in the cycle: only
 * the team's own objectives and key results are searched for, so it costs a few index
 * searches and two statements (the version mark, the teams' names) however large the
 * cycle; nothing is shown when there is nothing to settle.
 */
@Component
class TeamOverlaps implements TeamPageSection {

	/** How many pairs of each kind the notice names. */
	static final int SHOWN = 5;

	private final Overlaps overlaps;

	private final OverlapRows rows;

	TeamOverlaps(Overlaps overlaps, OverlapRows rows) {
		this.overlaps = overlaps;
		this.rows = rows;
	}

	@Override
	public String template() {
		return "overlaps/team";
	}

	@Override
	public Notice view(Actor actor, TeamId team, Cycle cycle) {
		Overlaps.CycleOverlaps found = this.overlaps.ofTeam(cycle.id(), team);
		if (found.isEmpty()) {
			return new Notice(cycle.id().toString(), team.toString(), null);
		}
		return new Notice(cycle.id().toString(), team.toString(), this.rows.rows(cycle.id(), found, SHOWN));
	}

	/** The notice: {@code rows} is {@code null} when the team overlaps with nobody. */
	record Notice(String cycleId, String teamId, OverlapRows.Rows rows) {

		public String list() {
			return "/cycles/" + this.cycleId + "/overlaps";
		}

	}

}
