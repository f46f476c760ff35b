package dev.lodestar.checkins;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Recording check-ins and reading a key result's history of them. A check-in and the key
 * result's new value are stored together or not at all; check-ins sent at the same moment
 * are all kept.
 */
@Service
@Transactional
public class CheckIns {

	private final CheckInRepository checkIns;

	private final JdbcClient jdbc;

	private final KeyResults keyResults;

	private final ApplicationEventPublisher events;

	CheckIns(CheckInRepository checkIns, JdbcClient jdbc, KeyResults keyResults, ApplicationEventPublisher events) {
		this.checkIns = checkIns;
		this.jdbc = jdbc;
		this.keyResults = keyResults;
		this.events = events;
	}

	public CheckIn record(Actor actor, KeyResultId keyResultId, NewCheckIn input) {
		return recordAt(actor, keyResultId, input, null);
	}

	/**
	 * Records a check-in that came from somewhere other than the web app: the API, a key
	 * result's hook or an import.
	 */
	public CheckIn record(Actor actor, KeyResultId keyResultId, NewCheckIn input, CheckInSource source) {
		return recordAt(actor, keyResultId, input, source, null);
	}

	/**
	 * Records a check-in made at a given moment: for imports and demo data that bring
	 * history along.
	 */
	public CheckIn recordAt(Actor actor, KeyResultId keyResultId, NewCheckIn input, Instant at) {
		return recordAt(actor, keyResultId, input, CheckInSource.MANUAL, at);
	}

	/**
	 * Records a check-in in which a missing value or confidence keeps the key result's
	 * own, read under the key result's lock: for a confidence set for the week, or a hook
	 * call that sends only a value.
	 */
	public CheckIn recordKeeping(Actor actor, KeyResultId keyResultId, NewCheckIn input, CheckInSource source) {
		return record(input, actor, keyResultId, source,
				() -> this.keyResults.checkInKeeping(actor, keyResultId, input.value(), input.confidence()));
	}

	private CheckIn recordAt(Actor actor, KeyResultId keyResultId, NewCheckIn input, CheckInSource source, Instant at) {
		return record(input, actor, keyResultId, source,
				() -> this.keyResults.checkIn(actor, keyResultId, input.value(), input.confidence(), at));
	}

	private CheckIn record(NewCheckIn input, Actor actor, KeyResultId keyResultId, CheckInSource source,
			Supplier<KeyResults.CheckInApplied> apply) {
		FieldErrors errors = new FieldErrors();
		CheckIn.checkTexts(errors, input.note(), input.blockers());
		errors.throwIfAny();
		KeyResults.CheckInApplied applied = apply.get();
		CheckIn checkIn = insert(CheckIn.record(keyResultId, actor.personId(), applied.value(), applied.confidence(),
				input.note(), input.blockers(), source, applied.at()));
		this.keyResults.pastCheckInStored(applied);
		this.events.publishEvent(new CheckInRecorded(checkIn, applied.before(), applied.after(), applied.objective()));
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
		this.keyResults.get(keyResultId);
		return new ResultPage<>(this.checkIns.findPage(keyResultId.value(), paging.limit(), paging.offset()),
				this.checkIns.countByKeyResult(keyResultId.value()));
	}

	/**
	 * What a person sends when checking in; the note and blockers are optional.
	 */
	public record NewCheckIn(Double value, Integer confidence, String note, String blockers) {
	}

}
