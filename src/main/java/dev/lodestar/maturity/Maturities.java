package dev.lodestar.maturity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

	/**
	 * How many windows of signals are kept: every team's and the organisation's, now and
	 * as they stood when earlier cycles closed (the cycle reports).
	 */
	static final int KEPT = 5_000;

	private final ProgramRecord record;

	private final HealthRecord health;

	private final Teams teams;

	/**
	 * The signals of windows of closed cycles already read, by team (or the organisation)
	 * and cycles: a closed cycle never changes, so they stay true on every instance; the
	 * least recently used go beyond {@value #KEPT}.
	 */
	private final Map<String, Signals> closedSignals = Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Signals> eldest) {
				return size() > KEPT;
			}
		});

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

	/**
	 * The organisation's ({@code team} null) or a team's that the caller has already
	 * found, as it stood when a cycle ending on {@code lastDay} closed: from the closed
	 * cycles that ended by that day, that one included. The closed cycles are known by
	 * their dates, so one that ended earlier counts even if it was closed later.
	 */
	public Maturity closedBy(TeamId team, LocalDate lastDay) {
		return of(team, lastDay);
	}

	private Maturity of(TeamId team) {
		return of(team, null);
	}

	private Maturity of(TeamId team, LocalDate lastDay) {
		List<ProgramRecord.ClosedCycle> closed = this.record.closedCycles(team);
		if (lastDay != null) {
			closed = closed.stream().filter((cycle) -> !cycle.end().isAfter(lastDay)).toList();
		}
		List<ProgramRecord.ClosedCycle> window = closed.subList(0, Math.min(ProgramRecord.WINDOW, closed.size()));
		String key = team + window.stream().map((cycle) -> " " + cycle.id()).collect(Collectors.joining());
		Signals signals = this.closedSignals.get(key);
		if (signals == null) {
			signals = this.record.signals(team, window);
			this.closedSignals.put(key, signals);
		}
		return Maturity.of(closed.size(), signals);
	}

}
