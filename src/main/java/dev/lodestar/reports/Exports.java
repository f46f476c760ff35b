package dev.lodestar.reports;

import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInQueries;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;

/**
 * A cycle's data as CSV and as an XLSX workbook: one row per key result (from the
 * report), and one row per check-in, streamed from the database row by row (through the
 * objectives module's {@link CheckInQueries#eachOfCycle}) so that a cycle with hundreds
 * of thousands of check-ins never sits in memory.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

	static final String[] KEY_RESULT_COLUMNS = { "objective", "team", "owner", "type", "start", "target", "current",
			"progress", "score", "confidence", "keyResult", "keyResultId", "objectiveId", "teamId", "kind",
			"objectiveScore", "unit", "weight", "carriedFrom" };

	static final String[] CHECK_IN_COLUMNS = { "keyResultId", "objective", "team", "author", "value", "confidence",
			"note", "blockers", "source", "createdAt", "keyResult", "checkInId", "objectiveId", "teamId" };

	static final String[] KEY_RESULT_HEADERS = { "Team", "Objective", "Kind", "Key result", "Type", "Owner", "Start",
			"Current", "Target", "Unit", "Weight", "Progress", "Score", "Confidence", "Objective score",
			"Weeks checked in", "Key result id", "Objective id", "Team id", "Carried from" };

	static final String[] CHECK_IN_HEADERS = { "Date", "Key result", "Objective", "Team", "Value", "Confidence", "Note",
			"Blockers", "Who", "Source", "Key result id", "Check-in id" };

	private static final double[] CHECK_IN_WIDTHS = { 17, 36, 36, 20, 10, 11, 48, 32, 20, 10, 38, 38 };

	private static final int WIDEST = 60;

	private final CheckInQueries checkIns;

	private final Cycles cycles;

	private final Teams teams;

	private final Program program;

	Exports(CheckInQueries checkIns, Cycles cycles, Teams teams, Program program) {
		this.checkIns = checkIns;
		this.cycles = cycles;
		this.teams = teams;
		this.program = program;
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
	 * Writes a report as an XLSX workbook: a sheet of its key results (as the CSV has
	 * them, with the weeks each was checked in) and a sheet of every check-in of its
	 * objectives, oldest first, streamed from the database, its moment in the
	 * organisation's time zone.
	 */
	public void workbook(CycleReport report, OutputStream out) {
		ZoneId zone = this.program.settings().timeZone();
		try (Spreadsheet sheet = new Spreadsheet(out)) {
			sheet.sheet("Key results", KEY_RESULT_HEADERS, keyResultWidths(report));
			for (ObjectiveLine objective : report.objectives()) {
				for (KeyResultLine kr : objective.keyResults()) {
					sheet.text(objective.owner())
						.text(objective.title())
						.text(objective.kind().value())
						.text(kr.title())
						.text(kr.type().value())
						.text(kr.ownerName())
						.number(kr.startValue())
						.number(kr.currentValue())
						.number(kr.targetValue())
						.text(kr.unit())
						.number(kr.weight())
						.number(kr.progress(), Spreadsheet.PERCENT)
						.number(kr.score(), Spreadsheet.TWO_DECIMALS)
						.number(kr.confidence())
						.number(objective.score(), Spreadsheet.TWO_DECIMALS)
						.number(kr.weeksCheckedIn())
						.text(kr.id().toString())
						.text(objective.id().toString())
						.text((objective.teamId() != null) ? objective.teamId().toString() : null)
						.text((kr.carriedFrom() != null) ? kr.carriedFrom().toString() : null)
						.end();
				}
			}
			sheet.sheet("Check-ins", CHECK_IN_HEADERS, CHECK_IN_WIDTHS);
			this.checkIns.eachOfCycle(report.cycle().id(), report.teamId(),
					(checkIn) -> sheet.date(LocalDateTime.ofInstant(checkIn.at(), zone))
						.text(checkIn.keyResultTitle())
						.text(checkIn.objectiveTitle())
						.text((checkIn.teamId() != null) ? checkIn.teamName() : CycleReport.COMPANY_WIDE)
						.number(checkIn.value())
						.number(checkIn.confidence())
						.text(checkIn.note())
						.text(checkIn.blockers())
						.text(checkIn.authorName())
						.text(checkIn.source().value())
						.text(checkIn.keyResultId().toString())
						.text(checkIn.id().toString())
						.end());
		}
	}

	/**
	 * The key results' columns as wide as their longest text (numbers 10 characters), at
	 * most 60.
	 */
	private static double[] keyResultWidths(CycleReport report) {
		double[] widths = new double[KEY_RESULT_HEADERS.length];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.max(10, KEY_RESULT_HEADERS[i].length() + 2);
		}
		for (ObjectiveLine objective : report.objectives()) {
			widen(widths, 0, objective.owner());
			widen(widths, 1, objective.title());
			for (KeyResultLine kr : objective.keyResults()) {
				widen(widths, 3, kr.title());
				widen(widths, 5, kr.ownerName());
				widen(widths, 9, kr.unit());
			}
		}
		for (int id = 16; id < widths.length; id++) {
			widths[id] = 38;
		}
		return widths;
	}

	private static void widen(double[] widths, int column, String text) {
		if (text != null) {
			widths[column] = Math.min(WIDEST, Math.max(widths[column], text.length() + 2));
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
