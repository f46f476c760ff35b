package dev.lodestar.reports;

import java.io.Writer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInQueries;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;

/**
 * A cycle's data as CSV: one row per key result (from the report), and one row per
 * check-in, streamed from the database row by row (through the objectives module's
 * {@link CheckInQueries#eachOfCycle}) so that a cycle with hundreds of thousands of
 * check-ins never sits in memory.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

	static final String[] KEY_RESULT_COLUMNS = { "objective", "team", "owner", "type", "start", "target", "current",
			"progress", "score", "confidence", "keyResult", "keyResultId", "objectiveId", "teamId", "kind",
			"objectiveScore", "unit", "weight", "carriedFrom" };

	static final String[] CHECK_IN_COLUMNS = { "keyResultId", "objective", "team", "author", "value", "confidence",
			"note", "blockers", "source", "createdAt", "keyResult", "checkInId", "objectiveId", "teamId" };

	private final CheckInQueries checkIns;

	private final Cycles cycles;

	private final Teams teams;

	Exports(CheckInQueries checkIns, Cycles cycles, Teams teams) {
		this.checkIns = checkIns;
		this.cycles = cycles;
		this.teams = teams;
	}

	/**
	 * The cycle, known; a 404 for an unknown cycle, a 400 naming {@code field} for an
	 * unknown team.
	 */
	public Cycle known(CycleId cycleId, TeamId teamId, String field) {
		Cycle cycle = this.cycles.get(cycleId);
		if (teamId != null && !this.teams.exists(teamId)) {
			throw InvalidInputException.of(field, "is not a known team");
		}
		return cycle;
	}

	/** Writes the key results of a report, one row each, after a header row. */
	public void keyResults(CycleReport report, Writer out) {
		Csv csv = new Csv(out).row(KEY_RESULT_COLUMNS);
		for (ObjectiveLine objective : report.objectives()) {
			for (KeyResultLine kr : objective.keyResults()) {
				csv.text(objective.title())
					.text(objective.owner())
					.text(kr.ownerName())
					.plain(kr.type().value())
					.number(kr.startValue())
					.number(kr.targetValue())
					.number(kr.currentValue())
					.number(Math.round(kr.progress() * 1000) / 1000.0)
					.number(kr.score())
					.number(kr.confidence())
					.text(kr.title())
					.plain(kr.id())
					.plain(objective.id())
					.plain(objective.teamId())
					.plain(objective.kind().value())
					.number(objective.score())
					.text(kr.unit())
					.number(kr.weight())
					.plain(kr.carriedFrom())
					.end();
			}
		}
	}

	/**
	 * Streams every check-in of a cycle's objectives (optionally one team's), oldest
	 * first, after a header row; a 404 for an unknown cycle, a 400 naming {@code teamId}
	 * for an unknown team.
	 */
	public void checkIns(CycleId cycleId, TeamId teamId, Writer out) {
		known(cycleId, teamId, "teamId");
		Csv csv = new Csv(out).row(CHECK_IN_COLUMNS);
		this.checkIns.eachOfCycle(cycleId, teamId,
				(checkIn) -> csv.plain(checkIn.keyResultId())
					.text(checkIn.objectiveTitle())
					.text((checkIn.teamId() != null) ? checkIn.teamName() : CycleReport.COMPANY_WIDE)
					.text(checkIn.authorName())
					.number(checkIn.value())
					.number(checkIn.confidence())
					.text(checkIn.note())
					.text(checkIn.blockers())
					.plain(checkIn.source().value())
					.plain(checkIn.at())
					.text(checkIn.keyResultTitle())
					.plain(checkIn.id())
					.plain(checkIn.objectiveId())
					.plain(checkIn.teamId())
					.end());
	}

}
