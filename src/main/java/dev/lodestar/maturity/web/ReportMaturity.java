package dev.lodestar.maturity.web;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.maturity.Maturities;
import dev.lodestar.maturity.Maturity;
import dev.lodestar.organization.TeamId;
import dev.lodestar.reports.ReportSection;

/**
 * The cycle report's section on how the program matured, for the company (the
 * organisation's) or for the team chosen: for a closed cycle as it stood when the cycle
 * closed, from the closed cycles up to it; for a cycle not closed yet as it stands, from
 * the cycles closed so far. The JSON report holds it under {@code maturity}, in the shape
 * of {@code /api/v1/maturity}. One statement once the closed cycles' signals are kept,
 * three the first time.
 */
@Component
class ReportMaturity implements ReportSection<ReportMaturity.View> {

	private final Maturities maturities;

	ReportMaturity(Maturities maturities) {
		this.maturities = maturities;
	}

	@Override
	public String template() {
		return "maturity/report";
	}

	@Override
	public String field() {
		return "maturity";
	}

	@Override
	public View view(Cycle cycle, TeamId team) {
		Maturity maturity;
		if (cycle.isClosed()) {
			maturity = this.maturities.closedBy(team, cycle.endDate());
		}
		else {
			maturity = (team != null) ? this.maturities.ofFoundTeam(team) : this.maturities.ofOrganisation();
		}
		return new View(new MaturityView(maturity, (team != null) ? "the team" : "the organisation"), cycle.name(),
				cycle.isClosed());
	}

	@Override
	public Maturity resource(View view) {
		return view.maturity().maturity();
	}

	@Override
	public Class<Maturity> resourceType() {
		return Maturity.class;
	}

	/**
	 * The maturity as the report shows it.
	 *
	 * @param maturity the maturity, for the fragments of the team page and program page
	 * @param cycleName the report's cycle
	 * @param atClose whether it is as it stood when the cycle closed, rather than as it
	 * stands while the cycle is not closed
	 */
	record View(MaturityView maturity, String cycleName, boolean atClose) {
	}

}
