package dev.lodestar.maturity.web;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.objectives.web.team.TeamPageSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;

/**
 * The team page's section on how the team's OKR program matures: its stage, what to
 * expect at it and what to focus on next, with the signals. The same whatever cycle is
 * chosen, as it reads the closed ones: one statement for a team with no closed cycle,
 * three otherwise, however many.
 */
@Component
class TeamMaturity implements TeamPageSection {

	private final Maturities maturities;

	TeamMaturity(Maturities maturities) {
		this.maturities = maturities;
	}

	@Override
	public String template() {
		return "maturity/team";
	}

	@Override
	public MaturityView view(Actor actor, TeamId team, Cycle cycle) {
		return new MaturityView(this.maturities.ofFoundTeam(team), "the team");
	}

}
