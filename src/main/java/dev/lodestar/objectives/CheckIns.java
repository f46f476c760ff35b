package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Recording check-ins and reading a key result's history of them. A check-in is recorded
 * in one transaction, in this order: the key result is locked (so that check-ins sent at
 * the same moment follow one another, see decision 0002), read with its objective and
 * cycle, checked (the person may check in, the cycle is open, the objective is not
 * archived, the key result is not a roll-up), given its new value and confidence, and the
 * check-in is stored beside it (and in the history of the metric the key result tracks);
 * the roll-up key results above it follow (see {@link Rollups}); then
 * {@link CheckInRecorded} is published. Both are stored or neither.
 */
@Service
@Transactional
public class CheckIns {

	private final CheckInRepository checkIns;

	private final KeyResultCheckIns keyResults;

	private final KeyResultRepository keyResultRows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Rollups rollups;

	private final Metrics metrics;

	CheckIns(CheckInRepository checkIns, KeyResultCheckIns keyResults, KeyResultRepository keyResultRows,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Rollups rollups, Metrics metrics) {
		this.rollups = rollups;
		this.metrics = metrics;
		this.checkIns = checkIns;
		this.keyResults = keyResults;
		this.keyResultRows = keyResultRows;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public CheckIn record(Actor actor, KeyResultId keyResultId, NewCheckIn input) {
		return recordAt(actor, keyResultId, input, null);
	}

	/**
	 * Records a check-in that came from somewhere other than the web app: the API, a key
	 * result's hook or an import.
	 */
	public CheckIn record(Actor actor, KeyResultId keyResultId, NewCheckIn input, CheckInSource source) {
		return record(actor, keyResultId, input, source, null, (before) -> input);
	}

	/**
	 * Records a check-in made at a given moment: for imports and demo data that bring
	 * history along.
	 */
	public CheckIn recordAt(Actor actor, KeyResultId keyResultId, NewCheckIn input, Instant at) {
		return record(actor, keyResultId, input, CheckInSource.MANUAL, at, (before) -> input);
	}

	/**
	 * Records a live check-in in which a missing value or confidence keeps the key
	 * result's own, as read once the check-in holds the lock: a confidence set for the
	 * week, or a hook call that sends only a value, never writes back a value someone
	 * else has just changed.
	 */
	public CheckIn recordKeeping(Actor actor, KeyResultId keyResultId, NewCheckIn input, CheckInSource source) {
		return record(actor, keyResultId, input, source, null, input::keeping);
	}

	/**
	 * Records a check-in; {@code at} is {@code null} for a live one, which is dated once
	 * it holds the lock, so that the latest check-in is always the one that set the
	 * current value. {@code complete} fills in what the input leaves to the key result.
	 */
	private CheckIn record(Actor actor, KeyResultId id, NewCheckIn input, CheckInSource source, Instant at,
			Keeping complete) {
		FieldErrors errors = new FieldErrors();
		CheckIn.checkTexts(errors, input.note(), input.blockers());
		errors.throwIfAny();
		if (!this.keyResults.lock(id)) {
			throw new NotFoundException("key result", id);
		}
		Instant when = (at != null) ? at : this.clock.instant();
		KeyResultCheckIns.InCycle context = this.keyResults.read(id)
			.orElseThrow(() -> new NotFoundException("key result", id));
		KeyResult before = context.keyResult();
		Objective objective = context.objective();
		actor.require(before.editableBy(actor, objective), "check in this key result");
		before.requireCheckIns();
		context.cycle().requireOpen();
		if (objective.status() == ObjectiveStatus.ARCHIVED) {
			throw new ConflictException("The objective is archived; its key results take no check-ins.");
		}
		NewCheckIn reading = complete.apply(before);
		boolean latest = before.lastCheckInAt() == null || !when.isBefore(before.lastCheckInAt());
		Integer previousConfidence = (before.lastCheckInAt() != null) ? before.confidence() : null;
		KeyResult checkedIn = before.checkedIn(reading.value(), reading.confidence(), when);
		KeyResult after = this.keyResults.store(checkedIn, latest, previousConfidence);
		CheckIn checkIn = insert(CheckIn.record(id, actor.personId(), reading.value(), reading.confidence(),
				input.note(), input.blockers(), source, when));
		this.metrics.recordCheckIn(after, checkIn);
		if (!latest) {
			// the confidence before the latest check-in may now be this one's (the gaps
			// read it); a check-in that becomes the latest noted it as it was stored
			this.keyResultRows.notePreviousConfidence(id.value());
		}
		else {
			this.rollups.refresh(objective.id());
		}
		this.events.publishEvent(new CheckInRecorded(checkIn, before, after, objective));
		return checkIn;
	}

	private CheckIn insert(CheckIn checkIn) {
		this.jdbc
			.sql("""
					insert into check_in (id, key_result_id, author_id, new_value, confidence, note, blockers, source, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(checkIn.id().value(), checkIn.keyResultId().value(), checkIn.authorId().value(), checkIn.value(),
					checkIn.confidence(), checkIn.note(), checkIn.blockers(), checkIn.source().name(),
					checkIn.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		return checkIn;
	}

	@Transactional(readOnly = true)
	public CheckIn get(CheckInId id) {
		return this.checkIns.findById(id).orElseThrow(() -> new NotFoundException("check-in", id));
	}

	/**
	 * The latest check-in of each of some key results (those without one are left out),
	 * in one query.
	 */
	@Transactional(readOnly = true)
	public Map<KeyResultId, CheckIn> latest(Collection<KeyResultId> keyResults) {
		if (keyResults.isEmpty()) {
			return Map.of();
		}
		Map<KeyResultId, CheckIn> latest = new HashMap<>();
		this.checkIns.findLatest(keyResults.stream().map(KeyResultId::value).toList())
			.forEach((checkIn) -> latest.merge(checkIn.keyResultId(), checkIn,
					(one, other) -> one.id().value().compareTo(other.id().value()) > 0 ? one : other));
		return latest;
	}

	/**
	 * A key result's check-ins, newest first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CheckIn> history(KeyResultId keyResultId, Paging paging) {
		if (!this.keyResultRows.existsById(keyResultId)) {
			throw new NotFoundException("key result", keyResultId);
		}
		return new ResultPage<>(this.checkIns.findPage(keyResultId.value(), paging.limit(), paging.offset()),
				this.checkIns.countByKeyResult(keyResultId.value()));
	}

	/**
	 * What a person sends when checking in; the note and blockers are optional.
	 */
	public record NewCheckIn(Double value, Integer confidence, String note, String blockers) {

		/** This check-in with what it leaves out taken from the key result. */
		NewCheckIn keeping(KeyResult keyResult) {
			return new NewCheckIn((this.value != null) ? this.value : keyResult.currentValue(),
					(this.confidence != null) ? this.confidence : keyResult.confidence(), this.note, this.blockers);
		}

	}

	/** What a check-in takes from the key result it is recorded on. */
	private interface Keeping {

		NewCheckIn apply(KeyResult before);

	}

}
