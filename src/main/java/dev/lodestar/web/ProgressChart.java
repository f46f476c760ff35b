package dev.lodestar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A chart of actual against expected progress over a cycle, drawn as server-rendered SVG
 * by the {@code web/progress-chart} fragment. Actual progress is sampled at the start of
 * each week of the cycle and today; a point's x is the share of the cycle passed on its
 * day. The value axis is a {@link Scale}: progress in per cent for an objective, the key
 * result's own values and unit for a measured one (with its target drawn as a line), done
 * or not for a milestone. The expected line follows the scale's kind: a straight ramp
 * from start to target, or, for a milestone, nothing until the cycle's end and then done,
 * drawn as a step.
 *
 * @param points the samples, oldest first; the last is today's (or the cycle's end)
 * @param start the cycle's first day
 * @param end the cycle's last day
 * @param ended whether the cycle is over, so the last point is its end, not today
 * @param scale the value axis
 */
public record ProgressChart(List<Point> points, LocalDate start, LocalDate end, boolean ended, Scale scale) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 280;

	static final int LEFT = 76;

	static final int RIGHT = 20;

	static final int TOP = 34;

	static final int BOTTOM = 56;

	/** How close to the plot's edge today's label turns to stay inside. */
	private static final double EDGE = 0.2;

	public ProgressChart {
		points = List.copyOf(points);
	}

	/**
	 * An objective's chart: progress in per cent, expected to grow evenly with the share
	 * of the cycle passed ({@code elapsed}); {@code actual} gives the progress on a day.
	 */
	public static ProgressChart of(LocalDate start, LocalDate end, LocalDate today, ToDoubleFunction<LocalDate> elapsed,
			ToDoubleFunction<LocalDate> actual) {
		return of(start, end, today, elapsed, actual, Scale.progress());
	}

	/**
	 * A chart on a scale, sampled week by week up to today (or the cycle's end): on each
	 * day {@code elapsed} gives the share of the cycle passed and {@code actual} the
	 * progress; the expected progress follows from the scale's kind.
	 */
	public static ProgressChart of(LocalDate start, LocalDate end, LocalDate today, ToDoubleFunction<LocalDate> elapsed,
			ToDoubleFunction<LocalDate> actual, Scale scale) {
		List<Point> points = days(start, end, today).stream().map((day) -> {
			double share = elapsed.applyAsDouble(day);
			return new Point(day, share, scale.expected(share), actual.applyAsDouble(day));
		}).toList();
		return new ProgressChart(points, start, end, today.isAfter(end), scale);
	}

	/**
	 * The days to sample: the cycle's first day and every seventh after it, up to and
	 * including today, which is kept between the first day and the day after the last.
	 */
	static List<LocalDate> days(LocalDate start, LocalDate end, LocalDate today) {
		LocalDate last = today.isBefore(start) ? start : (today.isAfter(end) ? end.plusDays(1) : today);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = start; day.isBefore(last); day = day.plusWeeks(1)) {
			days.add(day);
		}
		days.add(last);
		return days;
	}

	/** The last point: today's figures, or the cycle's final ones. */
	public Point latest() {
		return this.points.get(this.points.size() - 1);
	}

	/** What the chart shows, in one sentence, for those who cannot see it. */
	public String summary() {
		Point latest = latest();
		String target = this.scale.hasTarget() ? " The target is " + this.scale.valueText(1.0) + "." : "";
		if (this.scale.kind() == Scale.Kind.MILESTONE) {
			return "A milestone, expected done by the cycle's end: "
					+ (this.ended ? "at the end it is " : "today it is ") + this.scale.valueText(latest.actual()) + ".";
		}
		if (this.ended) {
			return "Progress against expected: the cycle has ended at " + percent(latest.actual())
					+ " progress, 100 % expected." + target;
		}
		return "Progress against expected: today " + percent(latest.expected()) + " is expected and "
				+ percent(latest.actual()) + " is reached." + target;
	}

	/**
	 * The expected line: the plot's diagonal for an even ramp; along the bottom to the
	 * cycle's end, then up, for a milestone.
	 */
	public String expectedLine() {
		if (this.scale.kind() == Scale.Kind.MILESTONE) {
			return coordinates(0, 0) + " " + coordinates(1, 0) + " " + coordinates(1, 1);
		}
		return coordinates(0, 0) + " " + coordinates(1, 1);
	}

	/**
	 * The actual progress as SVG polyline points: straight between samples, or, for a
	 * milestone, held flat until the sample where it changed.
	 */
	public String actualLine() {
		StringBuilder line = new StringBuilder();
		Point previous = null;
		for (Point point : this.points) {
			if (previous != null) {
				line.append(' ');
				if (this.scale.kind() == Scale.Kind.MILESTONE && previous.actual() != point.actual()) {
					line.append(coordinates(point.elapsed(), previous.actual())).append(' ');
				}
			}
			line.append(coordinates(point.elapsed(), point.actual()));
			previous = point;
		}
		return line.toString();
	}

	/** Horizontal grid lines with their labels, in the scale's values. */
	public List<Tick> ticks() {
		List<Double> shares = (this.scale.kind() == Scale.Kind.MILESTONE) ? List.of(0.0, 1.0)
				: List.of(0.0, 0.25, 0.5, 0.75, 1.0);
		return shares.stream().map((share) -> new Tick(this.scale.tickText(share), y(share))).toList();
	}

	/**
	 * A progress as the scale reads it: a percentage, a value with its unit, done or not.
	 */
	public String figure(double share) {
		return this.scale.valueText(share);
	}

	/** The title of the value axis: "Progress", "Value (customers)", "Done?". */
	public String axisTitle() {
		return this.scale.title();
	}

	/** The target's label above its line, or {@code null} without a target. */
	public String targetLabel() {
		return this.scale.hasTarget() ? "Target " + this.scale.valueText(1.0) : null;
	}

	/** The height of the target's line, the top of the plot. */
	public String targetY() {
		return y(1);
	}

	/** Where the target's label sits, just above its line. */
	public String targetLabelY() {
		return ChartFrame.number(TOP - 8);
	}

	/** Where the value axis's title sits, above the plot on the left. */
	public String axisTitleY() {
		return ChartFrame.number(TOP - 18);
	}

	/** The left edge of the value labels, where the axis title starts. */
	public String axisTitleX() {
		return ChartFrame.number(6);
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public String plotLeft() {
		return ChartFrame.number(LEFT);
	}

	public String plotRight() {
		return ChartFrame.number(WIDTH - RIGHT);
	}

	public String plotTop() {
		return y(1);
	}

	public String plotBottom() {
		return y(0);
	}

	/** Where the start and end days sit, under the plot. */
	public String labelY() {
		return ChartFrame.number(HEIGHT - BOTTOM + 22);
	}

	/** Where today's day sits: a row below the start and end. */
	public String todayLabelY() {
		return ChartFrame.number(HEIGHT - BOTTOM + 42);
	}

	/** Whether today is marked: the cycle is under way. */
	public boolean showsToday() {
		return !this.ended && latest().elapsed() > 0;
	}

	/** Today's day, as the last sample has it. */
	public LocalDate today() {
		return latest().day();
	}

	/**
	 * How today's label is anchored: in the middle of its line, or towards the plot when
	 * the line is near an edge, so it stays inside.
	 */
	public String todayAnchor() {
		double share = latest().elapsed();
		return (share < EDGE) ? "start" : (share > 1 - EDGE) ? "end" : "middle";
	}

	/** The x of the latest point, for today's marker. */
	public String latestX() {
		return x(latest().elapsed());
	}

	public String latestY() {
		return y(latest().actual());
	}

	/** How the expected line is described in the legend. */
	public String expectedLegend() {
		return (this.scale.kind() == Scale.Kind.MILESTONE) ? "Expected: done by the cycle’s end"
				: "Expected: an even ramp from start to target, by the share of the cycle passed";
	}

	static String coordinates(double x, double y) {
		return x(x) + "," + y(y);
	}

	static String x(double share) {
		return ChartFrame.number(LEFT + clamp(share) * (WIDTH - LEFT - RIGHT));
	}

	static String y(double share) {
		return ChartFrame.number(TOP + (1 - clamp(share)) * (HEIGHT - TOP - BOTTOM));
	}

	private static double clamp(double share) {
		return Math.max(0, Math.min(1, share));
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

	/**
	 * One sample: the share of the cycle passed, the progress expected and the progress
	 * reached on a day.
	 */
	public record Point(LocalDate day, double elapsed, double expected, double actual) {
	}

	/**
	 * A grid line of the value axis: its label and height.
	 */
	public record Tick(String label, String y) {
	}

	/**
	 * The value axis: what progress from 0 to 1 reads as, and how it is expected to grow.
	 *
	 * @param kind progress in per cent, values from a start to a target, or a milestone
	 * @param startValue the value at progress 0
	 * @param targetValue the value at progress 1
	 * @param unit the values' unit, or {@code null}
	 */
	public record Scale(Kind kind, double startValue, double targetValue, String unit) {

		/** Progress in per cent, with no target of its own: an objective's. */
		public static Scale progress() {
			return new Scale(Kind.PROGRESS, 0, 1, null);
		}

		/** A measured key result's values from its start to its target. */
		public static Scale values(double startValue, double targetValue, String unit) {
			return new Scale(Kind.VALUE, startValue, targetValue, (unit == null || unit.isBlank()) ? null : unit);
		}

		/** A milestone: not done, then done. */
		public static Scale milestone() {
			return new Scale(Kind.MILESTONE, 0, 1, null);
		}

		/**
		 * The progress expected once {@code elapsed} of the cycle has passed: that share,
		 * or for a milestone nothing until the cycle is over.
		 */
		public double expected(double elapsed) {
			if (this.kind == Kind.MILESTONE) {
				return (elapsed >= 1.0) ? 1.0 : 0.0;
			}
			return clamp(elapsed);
		}

		public boolean hasTarget() {
			return this.kind != Kind.PROGRESS;
		}

		String title() {
			return switch (this.kind) {
				case PROGRESS -> "Progress";
				case MILESTONE -> "Done?";
				case VALUE -> (this.unit != null) ? "Value (" + this.unit + ")" : "Value";
			};
		}

		/** A grid line's label: the value at a share of the way, without its unit. */
		String tickText(double share) {
			return switch (this.kind) {
				case PROGRESS -> percent(share);
				case MILESTONE -> (share >= 1.0) ? "done" : "not done";
				case VALUE -> Format.figure(value(share));
			};
		}

		/** The value at a share of the way, with its unit. */
		String valueText(double share) {
			return switch (this.kind) {
				case PROGRESS -> percent(share);
				case MILESTONE -> (share >= 1.0) ? "done" : "not done";
				case VALUE -> Format.figure(value(share)) + ((this.unit != null) ? " " + this.unit : "");
			};
		}

		private double value(double share) {
			double value = this.startValue + share * (this.targetValue - this.startValue);
			return Math.round(value * 100) / 100.0;
		}

		/**
		 * What the value axis shows.
		 */
		public enum Kind {

			PROGRESS, VALUE, MILESTONE

		}

	}

}
