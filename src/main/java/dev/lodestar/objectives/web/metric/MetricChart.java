package dev.lodestar.objectives.web.metric;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Metrics;
import dev.lodestar.objectives.web.MetricLabels;
import dev.lodestar.web.ChartFrame;

/**
 * A metric's history drawn as an SVG chart whose geometry is worked out here: time runs
 * left to right, each cycle in which key results tracked the metric is a band with its
 * name, each such key result's target a dashed line across its cycle, each cycle's
 * baseline a ring at its start, and the history a line through every value.
 *
 * @param bands the cycles, oldest first
 * @param targets the key results' targets
 * @param baselines each cycle's baseline
 * @param line the SVG points of the history, empty with fewer than two values
 * @param dots the values of the history, when there are few enough to mark each
 * @param ticks the values written along the left side
 */
public record MetricChart(List<Band> bands, List<Target> targets, List<Mark> baselines, String line, List<Mark> dots,
		List<Tick> ticks) {

	static final int WIDTH = 720;

	static final int HEIGHT = 260;

	static final int LEFT = 64;

	static final int RIGHT = 16;

	static final int TOP = 28;

	static final int PLOT_HEIGHT = 196;

	/** Past this many values the history is a line without a dot per value. */
	static final int MOST_DOTS = 120;

	/**
	 * The chart of a metric, or {@code null} when it has neither a value nor a key result
	 * to draw.
	 */
	static MetricChart of(Metrics.MetricRecord metric) {
		if (metric.history().isEmpty() && metric.keyResults().isEmpty()) {
			return null;
		}
		Scale scale = Scale.of(metric);
		Map<CycleId, Band> bands = new LinkedHashMap<>();
		List<Target> targets = new ArrayList<>();
		for (Metrics.Tracking tracking : metric.keyResults()) {
			double from = scale.x(tracking.cycleStart());
			double to = scale.x(tracking.cycleEnd().plusDays(1));
			bands.computeIfAbsent(tracking.cycleId(),
					(id) -> new Band(ChartFrame.number(from), ChartFrame.number(Math.max(1, to - from)),
							ChartFrame.number((from + to) / 2), tracking.cycleName(), bands.size() % 2 == 0));
			targets.add(new Target(ChartFrame.number(from), ChartFrame.number(to),
					ChartFrame.number(scale.y(tracking.targetValue())),
					ChartFrame.number(scale.y(tracking.targetValue()) - 5), tracking.title(),
					"target " + MetricLabels.number(tracking.targetValue())));
		}
		List<Mark> baselines = new ArrayList<>();
		for (Metrics.Tracking first : firstOfEachCycle(metric)) {
			baselines.add(new Mark(ChartFrame.number(scale.x(first.cycleStart())),
					ChartFrame.number(scale.y(first.startValue())),
					first.cycleName() + " baseline " + MetricLabels.number(first.startValue())));
		}
		StringBuilder line = new StringBuilder();
		List<Mark> dots = new ArrayList<>();
		for (Metrics.Reading reading : metric.history()) {
			double x = scale.x(reading.at().atZone(ZoneOffset.UTC).toLocalDate());
			double y = scale.y(reading.value());
			line.append((line.length() > 0) ? " " : "")
				.append(ChartFrame.number(x))
				.append(',')
				.append(ChartFrame.number(y));
			if (metric.history().size() <= MOST_DOTS) {
				dots.add(new Mark(ChartFrame.number(x), ChartFrame.number(y), MetricLabels.number(reading.value())));
			}
		}
		return new MetricChart(new ArrayList<>(bands.values()), targets, baselines,
				(metric.history().size() > 1) ? line.toString() : "", dots, scale.ticks());
	}

	private static List<Metrics.Tracking> firstOfEachCycle(Metrics.MetricRecord metric) {
		Map<CycleId, Metrics.Tracking> first = new LinkedHashMap<>();
		metric.keyResults().forEach((tracking) -> first.putIfAbsent(tracking.cycleId(), tracking));
		return new ArrayList<>(first.values());
	}

	public ChartFrame frame() {
		return new ChartFrame(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, TOP + PLOT_HEIGHT);
	}

	/** A cycle's band: where it starts, how wide it is, where its name goes. */
	public record Band(String x, String width, String labelX, String name, boolean shaded) {
	}

	/** A key result's target across its cycle, with what it is for the screen reader. */
	public record Target(String x1, String x2, String y, String labelY, String keyResult, String label) {
	}

	/** A point with what it stands for. */
	public record Mark(String x, String y, String label) {
	}

	/** A value written along the left side at its height. */
	public record Tick(String y, String label) {
	}

	/** Where a day and a value go on the chart. */
	private record Scale(long firstDay, long lastDay, double low, double high) {

		static Scale of(Metrics.MetricRecord metric) {
			long first = Long.MAX_VALUE;
			long last = Long.MIN_VALUE;
			double low = Double.POSITIVE_INFINITY;
			double high = Double.NEGATIVE_INFINITY;
			for (Metrics.Reading reading : metric.history()) {
				long day = reading.at().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
				first = Math.min(first, day);
				last = Math.max(last, day);
				low = Math.min(low, reading.value());
				high = Math.max(high, reading.value());
			}
			for (Metrics.Tracking tracking : metric.keyResults()) {
				first = Math.min(first, tracking.cycleStart().toEpochDay());
				last = Math.max(last, tracking.cycleEnd().plusDays(1).toEpochDay());
				low = Math.min(low, Math.min(tracking.startValue(), tracking.targetValue()));
				high = Math.max(high, Math.max(tracking.startValue(), tracking.targetValue()));
			}
			if (last - first < 14) {
				first -= 7;
				last += 7;
			}
			double pad = (high > low) ? (high - low) * 0.08 : Math.max(1, Math.abs(high) * 0.1);
			return new Scale(first, last, low - pad, high + pad);
		}

		double x(LocalDate day) {
			double share = (double) (day.toEpochDay() - this.firstDay) / (this.lastDay - this.firstDay);
			return LEFT + Math.max(0, Math.min(1, share)) * (WIDTH - LEFT - RIGHT);
		}

		double y(double value) {
			return TOP + PLOT_HEIGHT - (value - this.low) / (this.high - this.low) * PLOT_HEIGHT;
		}

		List<Tick> ticks() {
			List<Tick> ticks = new ArrayList<>();
			for (int i = 0; i <= 4; i++) {
				double value = this.low + (this.high - this.low) * i / 4;
				ticks.add(new Tick(ChartFrame.number(y(value) + 4), MetricLabels.number(round(value))));
			}
			return ticks;
		}

		/** A tick's value to three significant digits. */
		private static double round(double value) {
			if (value == 0) {
				return 0;
			}
			return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue();
		}

	}

}
