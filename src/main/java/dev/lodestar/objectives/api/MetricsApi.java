package dev.lodestar.objectives.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Metric;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.web.MergePatch;

/**
 * The library of metrics at {@code /api/v1/metrics}: measures that live across cycles,
 * each read with its history, its baseline in every cycle and the key results that
 * tracked it. Admins, champions and leads add and change them; admins and champions
 * delete them.
 */
@RestController
class MetricsApi {

	private final Metrics metrics;

	MetricsApi(Metrics metrics) {
		this.metrics = metrics;
	}

	@ApiCreated
	@PostMapping("/api/v1/metrics")
	ResponseEntity<MetricDetail> create(Actor actor, @RequestBody NewMetricRequest body) {
		Metric created = this.metrics.create(actor, body.name(), body.unit(), body.description());
		return Created.at("/api/v1/metrics/{id}", created.id().toString())
			.eTag(ETags.of(created.version()))
			.body(MetricDetail.of(this.metrics.record(created.id())));
	}

	@GetMapping("/api/v1/metrics")
	ApiListing<MetricSummary> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing.of(this.metrics.list(Paging.of(limit, offset)).map(MetricSummary::of));
	}

	@GetMapping("/api/v1/metrics/{id}")
	ResponseEntity<MetricDetail> get(@PathVariable String id) {
		Metrics.MetricRecord found = this.metrics.record(MetricId.fromPath(id));
		return ResponseEntity.ok().eTag(ETags.of(found.metric().version())).body(MetricDetail.of(found));
	}

	@PatchMapping("/api/v1/metrics/{id}")
	ResponseEntity<MetricDetail> update(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = NewMetricRequest.class))) JsonNode body) {
		MergePatch patch = MergePatch.of(body);
		String name = patch.text("name");
		var unit = patch.optionalText("unit");
		var description = patch.optionalText("description");
		patch.validate();
		Metric changed = this.metrics.update(actor, MetricId.fromPath(id), ETags.expectedVersion(ifMatch, "metric"),
				name, (unit != null) ? unit.orElse("") : null, (description != null) ? description.orElse("") : null);
		return ResponseEntity.ok()
			.eTag(ETags.of(changed.version()))
			.body(MetricDetail.of(this.metrics.record(changed.id())));
	}

	@DeleteMapping("/api/v1/metrics/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.metrics.delete(actor, MetricId.fromPath(id), ETags.expectedVersion(ifMatch, "metric"));
		return ResponseEntity.noContent().build();
	}

	@ApiCreated
	@PostMapping("/api/v1/metrics/{id}/values")
	ResponseEntity<ReadingResource> addValue(Actor actor, @PathVariable String id, @RequestBody NewValueRequest body) {
		Metrics.Reading reading = this.metrics.addValue(actor, MetricId.fromPath(id), body.value(), body.at());
		return Created.at("/api/v1/metrics/{id}", id).body(ReadingResource.of(reading));
	}

	record NewMetricRequest(String name, String unit, String description) {
	}

	record NewValueRequest(Double value, Instant at) {
	}

	/**
	 * A metric in the library, with its latest value and how many key results track it.
	 */
	record MetricSummary(MetricId id, String name, String unit, String description, Double latestValue,
			Instant latestAt, int keyResultCount, long version) {

		static MetricSummary of(Metrics.Summary summary) {
			Metric metric = summary.metric();
			return new MetricSummary(metric.id(), metric.name(), metric.unit(), metric.description(),
					summary.latestValue(), summary.latestAt(), summary.keyResults(), metric.version());
		}

	}

	/** A metric with its history, its baselines and the key results that tracked it. */
	record MetricDetail(MetricId id, String name, String unit, String description, Double latestValue,
			Instant deletedAt, List<ReadingResource> history, List<BaselineResource> baselines,
			List<TrackingResource> keyResults, long version) {

		static MetricDetail of(Metrics.MetricRecord found) {
			Metric metric = found.metric();
			return new MetricDetail(metric.id(), metric.name(), metric.unit(), metric.description(),
					found.latestValue(), metric.deletedAt(), found.history().stream().map(ReadingResource::of).toList(),
					found.baselines()
						.stream()
						.map((baseline) -> new BaselineResource(baseline.cycleId(), baseline.value()))
						.toList(),
					found.keyResults().stream().map(TrackingResource::of).toList(), metric.version());
		}

	}

	record ReadingResource(Instant at, double value, CheckInSource source, KeyResultId keyResultId) {

		static ReadingResource of(Metrics.Reading reading) {
			return new ReadingResource(reading.at(), reading.value(), reading.source(), reading.keyResultId());
		}

	}

	record BaselineResource(CycleId cycleId, double value) {
	}

	record TrackingResource(KeyResultId keyResultId, String title, ObjectiveId objectiveId, TeamId teamId,
			CycleId cycleId, double startValue, double targetValue, double currentValue, Double score) {

		static TrackingResource of(Metrics.Tracking tracking) {
			return new TrackingResource(tracking.keyResultId(), tracking.title(), tracking.objectiveId(),
					tracking.teamId(), tracking.cycleId(), tracking.startValue(), tracking.targetValue(),
					tracking.currentValue(), tracking.score());
		}

	}

}
