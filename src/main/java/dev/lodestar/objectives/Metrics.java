package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.shared.StaleVersionException;

/**
 * The library of metrics: adding, renaming and deleting them, and reading one with its
 * history and the key results that tracked it, cycle by cycle. Admins, champions and team
 * leads keep the library; everyone reads it. A check-in on a key result that tracks a
 * metric adds to the metric's history in the check-in's own transaction (see
 * {@link CheckIns}), whatever the check-in came from.
 */
@Service("metricLibrary")
@Transactional
public class Metrics {

	private final MetricRepository metrics;

	private final JdbcClient jdbc;

	private final Clock clock;

	Metrics(MetricRepository metrics, JdbcClient jdbc, Clock clock) {
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether a person may add, rename or delete metrics: admins, champions and the leads
	 * of a team.
	 */
	public static boolean keptBy(Actor actor) {
		return actor.runsProgram() || (actor.mayWrite() && !actor.ledTeams().isEmpty());
	}

	public Metric create(Actor actor, String name, String unit, String description) {
		actor.require(keptBy(actor), "add metrics");
		Metric metric = Metric.create(name, unit, description, actor.personId(), this.clock.instant());
		requireFreeName(metric);
		return this.metrics.save(metric);
	}

	public Metric update(Actor actor, MetricId id, Long expectedVersion, String name, String unit, String description) {
		actor.require(keptBy(actor), "change metrics");
		Metric metric = live(id);
		StaleVersionException.check("metric", expectedVersion, metric.version());
		Metric changed = metric.withChanges(name, unit, description);
		requireFreeName(changed);
		return this.metrics.save(changed);
	}

	/**
	 * Deletes a metric by marking it: its history stays, the key results that track it
	 * keep their numbers and say that the metric was deleted, and it takes no new values.
	 */
	public Metric delete(Actor actor, MetricId id, Long expectedVersion) {
		actor.require(actor.runsProgram(), "delete metrics");
		Metric metric = live(id);
		StaleVersionException.check("metric", expectedVersion, metric.version());
		return this.metrics.save(metric.deleted(this.clock.instant()));
	}

	/**
	 * Adds a value measured outside a key result, such as a baseline taken before a
	 * cycle; {@code at} defaults to now and may not lie in the future.
	 */
	public Reading addValue(Actor actor, MetricId id, Double value, Instant at) {
		actor.require(keptBy(actor), "add values to metrics");
		live(id);
		Instant now = this.clock.instant();
		FieldErrors errors = new FieldErrors();
		errors.required("value", value);
		if (value != null && (!Double.isFinite(value) || Math.abs(value) > KeyResult.VALUE_LIMIT)) {
			errors.add("value", "must be a number between -1e15 and 1e15");
		}
		if (at != null && at.isAfter(now)) {
			errors.add("at", "may not lie in the future");
		}
		errors.throwIfAny();
		Reading reading = new Reading((at != null) ? at : now, value, CheckInSource.MANUAL, null);
		this.jdbc.sql("""
				insert into metric_value (id, metric_id, measured, source, key_result_id, recorded_at)
				values (?, ?, ?, ?, null, ?)""")
			.params(UUID.randomUUID(), id.value(), value, reading.source().name(), utc(reading.at()))
			.update();
		return reading;
	}

	@Transactional(readOnly = true)
	public Metric get(MetricId id) {
		return this.metrics.findById(id).orElseThrow(() -> new NotFoundException("metric", id));
	}

	@Transactional(readOnly = true)
	public Optional<Metric> find(MetricId id) {
		return this.metrics.findById(id);
	}

	/**
	 * The metrics that are not deleted, by name, each with its latest value and the
	 * number of key results that track it: two queries.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Summary> list(Paging paging) {
		List<Metric> page = this.metrics.findLive(paging.limit(), paging.offset());
		Map<MetricId, Latest> latest = latest(page.stream().map(Metric::id).toList());
		List<Summary> items = page.stream().map((metric) -> {
			Latest last = latest.get(metric.id());
			return new Summary(metric, (last != null) ? last.value() : null, (last != null) ? last.at() : null,
					(last != null) ? last.keyResults() : 0);
		}).toList();
		return new ResultPage<>(items, this.metrics.countLive());
	}

	/**
	 * The latest value of some metrics, those without a value left out.
	 */
	@Transactional(readOnly = true)
	public Map<MetricId, Double> latestValues(Collection<MetricId> ids) {
		Map<MetricId, Double> values = new HashMap<>();
		latest(ids).forEach((id, last) -> {
			if (last.value() != null) {
				values.put(id, last.value());
			}
		});
		return values;
	}

	private Map<MetricId, Latest> latest(Collection<MetricId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<MetricId, Latest> latest = new HashMap<>();
		this.jdbc.sql("""
				select m.id,
				  (select v.measured from metric_value v where v.metric_id = m.id
				   order by v.recorded_at desc, v.id desc limit 1) as latest_value,
				  (select max(v.recorded_at) from metric_value v where v.metric_id = m.id) as latest_at,
				  (select count(*) from key_result kr join objective o on o.id = kr.objective_id
				   where kr.metric_id = m.id and o.status <> 'ARCHIVED') as key_results
				from metric m where m.id in (:ids)""")
			.param("ids", ids.stream().map(MetricId::value).toList())
			.query((row, number) -> latest.put(new MetricId(row.getObject("id", UUID.class)),
					new Latest(row.getObject("latest_value", Double.class),
							instant(row.getObject("latest_at", OffsetDateTime.class)), row.getInt("key_results"))))
			.list();
		return latest;
	}

	/**
	 * A metric with its whole history, oldest first, and the key results that tracked it,
	 * by cycle: three queries however long the history.
	 */
	@Transactional(readOnly = true)
	public MetricRecord record(MetricId id) {
		Metric metric = get(id);
		List<Reading> history = this.jdbc.sql("""
				select measured, source, key_result_id, recorded_at from metric_value
				where metric_id = ? order by recorded_at, id""").param(id.value()).query((row, number) -> {
			UUID keyResult = row.getObject("key_result_id", UUID.class);
			return new Reading(instant(row.getObject("recorded_at", OffsetDateTime.class)), row.getDouble("measured"),
					CheckInSource.valueOf(row.getString("source")),
					(keyResult != null) ? new KeyResultId(keyResult) : null);
		}).list();
		List<Tracking> keyResults = this.jdbc.sql("""
				select kr.id, kr.title, kr.start_value, kr.target_value, kr.current_value, kr.score,
				  o.id as objective_id, o.title as objective_title, o.team_id,
				  c.id as cycle_id, c.name as cycle_name, c.start_date, c.end_date, c.phase
				from key_result kr join objective o on o.id = kr.objective_id join cycle c on c.id = o.cycle_id
				where kr.metric_id = ? and o.status <> 'ARCHIVED'
				order by c.start_date, c.id, kr.created_at, kr.id""").param(id.value()).query((row, number) -> {
			UUID team = row.getObject("team_id", UUID.class);
			return new Tracking(new KeyResultId(row.getObject("id", UUID.class)), row.getString("title"),
					new ObjectiveId(row.getObject("objective_id", UUID.class)), row.getString("objective_title"),
					(team != null) ? new TeamId(team) : null, new CycleId(row.getObject("cycle_id", UUID.class)),
					row.getString("cycle_name"), row.getObject("start_date", LocalDate.class),
					row.getObject("end_date", LocalDate.class), "CLOSED".equals(row.getString("phase")),
					row.getDouble("start_value"), row.getDouble("target_value"), row.getDouble("current_value"),
					row.getObject("score", Double.class));
		}).list();
		return new MetricRecord(metric, history, keyResults);
	}

	/**
	 * Adds a check-in's value to the history of the metric its key result tracks, unless
	 * the metric was deleted. Part of the check-in's transaction.
	 */
	void recordCheckIn(KeyResult keyResult, CheckIn checkIn) {
		if (keyResult.metricId() == null) {
			return;
		}
		this.jdbc.sql("""
				insert into metric_value (id, metric_id, measured, source, key_result_id, recorded_at)
				select ?, id, ?, ?, ?, ? from metric where id = ? and deleted_at is null""")
			.params(UUID.randomUUID(), checkIn.value(), checkIn.source().name(), keyResult.id().value(),
					utc(checkIn.createdAt()), keyResult.metricId().value())
			.update();
	}

	/**
	 * The metric a key result is to track, checked: it exists and is not deleted.
	 */
	Metric trackable(FieldErrors errors, MetricId id) {
		Metric metric = this.metrics.findById(id).filter((found) -> !found.isDeleted()).orElse(null);
		if (metric == null) {
			errors.add("metricId", "is not a known metric");
		}
		return metric;
	}

	private Metric live(MetricId id) {
		Metric metric = get(id);
		if (metric.isDeleted()) {
			throw new NotFoundException("metric", id);
		}
		return metric;
	}

	private void requireFreeName(Metric metric) {
		if (this.metrics.countNamed(metric.name(), metric.id().value()) > 0) {
			throw InvalidInputException.of("name", "is the name of another metric");
		}
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A metric in the library, with its latest value ({@code null} before the first) and
	 * how many key results track it.
	 */
	public record Summary(Metric metric, Double latestValue, Instant latestAt, int keyResults) {
	}

	/**
	 * One value in a metric's history; {@code keyResultId} is the key result whose
	 * check-in gave it, {@code null} for a value added to the metric itself.
	 */
	public record Reading(Instant at, double value, CheckInSource source, KeyResultId keyResultId) {
	}

	/**
	 * A key result that tracks a metric, with the cycle it is in.
	 */
	public record Tracking(KeyResultId keyResultId, String title, ObjectiveId objectiveId, String objectiveTitle,
			TeamId teamId, CycleId cycleId, String cycleName, LocalDate cycleStart, LocalDate cycleEnd,
			boolean cycleClosed, double startValue, double targetValue, double currentValue, Double score) {
	}

	/**
	 * A cycle's baseline of a metric: where the first key result for it in that cycle
	 * started.
	 */
	public record Baseline(CycleId cycleId, String cycleName, double value) {
	}

	/**
	 * A metric with its history, oldest first, and the key results that tracked it, by
	 * cycle.
	 */
	public record MetricRecord(Metric metric, List<Reading> history, List<Tracking> keyResults) {

		/** Each cycle's baseline, oldest cycle first. */
		public List<Baseline> baselines() {
			Map<CycleId, Baseline> baselines = new LinkedHashMap<>();
			for (Tracking tracking : this.keyResults) {
				baselines.putIfAbsent(tracking.cycleId(),
						new Baseline(tracking.cycleId(), tracking.cycleName(), tracking.startValue()));
			}
			return new ArrayList<>(baselines.values());
		}

		/** The latest value, {@code null} before the first. */
		public Double latestValue() {
			return this.history.isEmpty() ? null : this.history.get(this.history.size() - 1).value();
		}

	}

	private record Latest(Double value, Instant at, int keyResults) {
	}

}
