package dev.lodestar.feeds;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;

/**
 * Bulk check-ins from CSV: a preview that says what each row would do and why a row is
 * bad (read in a fixed number of queries however many rows), and applying that records
 * every row's check-in, with the source {@code import}, in one transaction or none.
 */
@Service
@Transactional
public class Imports {

	/** The most rows one import takes. */
	public static final int MAX_ROWS = ImportFile.MAX_ROWS;

	/** The largest file one import takes, in bytes. */
	public static final int MAX_BYTES = ImportFile.MAX_BYTES;

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final Cycles cycles;

	private final CheckIns checkIns;

	private final Clock clock;

	Imports(KeyResults keyResults, Objectives objectives, Cycles cycles, CheckIns checkIns, Clock clock) {
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.cycles = cycles;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	/**
	 * What importing {@code csv} would do; writes nothing. A file that cannot be read at
	 * all (no header, too many rows, too large) is refused as a whole.
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(Actor actor, String csv) {
		ImportFile file = ImportFile.parse(csv);
		List<KeyResultId> ids = file.lines()
			.stream()
			.map((line) -> ImportCheck.idOf(line.keyResultId()))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<KeyResultId, KeyResult> named = this.keyResults.getAll(ids);
		var objectivesById = this.objectives
			.getAll(named.values().stream().map(KeyResult::objectiveId).distinct().toList());
		var cyclesById = this.cycles.all().stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
		ImportCheck check = new ImportCheck(actor, named, objectivesById, cyclesById, this.clock.instant());
		return new ImportPreview(file.lines().stream().map(check::check).toList());
	}

	/**
	 * Records the check-in of every row, or, when any row is bad, none: the refusal names
	 * each bad row ({@code row N}). Answers how many check-ins were recorded.
	 */
	public int apply(Actor actor, String csv) {
		ImportPreview preview = preview(actor, csv);
		if (!preview.clean()) {
			throw new InvalidInputException(preview.errors());
		}
		preview.items().forEach((item) -> record(actor, item));
		return preview.items().size();
	}

	private void record(Actor actor, ImportPreview.Item item) {
		try {
			this.checkIns.record(actor, item.keyResult(),
					new CheckIns.NewCheckIn(item.value(), item.confidence(), item.note(), null), CheckInSource.IMPORT);
		}
		catch (InvalidInputException | ConflictException | ForbiddenException ex) {
			throw InvalidInputException.of("row " + item.row(), ex.getMessage());
		}
	}

}
