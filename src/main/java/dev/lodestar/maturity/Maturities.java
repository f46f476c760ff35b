package dev.lodestar.maturity;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.NotFoundException;

/**
 * The maturity of the organisation's OKR program and of each team's, and the program's
 * health cycle after cycle, from the closed cycles: open to everyone signed in, as the
 * reports are.
 */
@Service
@Transactional(readOnly = true)
public class Maturities {

	private final ProgramRecord record;

	private final HealthRecord health;

	private final Teams teams;

	Maturities(ProgramRecord record, HealthRecord health, Teams teams) {
		this.record = record;
		this.health = health;
		this.teams = teams;
	}

	/** The organisation's program cycle after cycle: every closed cycle, oldest first. */
	public ProgramHealth health() {
		return this.health.read();
	}

	/** The organisation's: every closed cycle with objectives, anyone's. */
	public Maturity ofOrganisation() {
		return of(null);
	}

	/**
	 * A team's: the closed cycles in which it had objectives, its own or shared with it.
	 */
	public Maturity ofTeam(TeamId team) {
		if (!this.teams.exists(team)) {
			throw new NotFoundException("team", team);
		}
		return of(team);
	}

	/**
	 * A team's, for a team the caller has already found (its page): without asking again
	 * whether it exists.
	 */
	public Maturity ofFoundTeam(TeamId team) {
		return of(team);
	}

	private Maturity of(TeamId team) {
		List<ProgramRecord.ClosedCycle> closed = this.record.closedCycles(team);
		List<ProgramRecord.ClosedCycle> window = closed.subList(0, Math.min(ProgramRecord.WINDOW, closed.size()));
		return Maturity.of(closed.size(), this.record.signals(team, window));
	}

}
