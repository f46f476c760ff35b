package dev.lodestar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A chart of actual against expected progress over a cycle, drawn as server-rendered SVG
 * by the {@code web/progress-chart} fragment. Expected progress is the straight line from
 * 0 at the cycle's start to 1 at its end; actual progress is sampled at the start of each
 * week of the cycle and today. A point's x is the share of the cycle passed on its day,
 * so the expected line is the chart's diagonal.
 *
 * @param points the samples, oldest first; the last is today's (or the cycle's end)
 * @param start the cycle's first day
 * @param end the cycle's last day
 * @param ended whether the cycle is over, so the last point is its end, not today
 */
public record ProgressChart(List<Point> points, LocalDate start, LocalDate end, boolean ended) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 260;

	static final int LEFT = 60;

	static final int RIGHT = 20;

	static final int TOP = 14;

	static final int BOTTOM = 40;

	public ProgressChart {
		points = List.copyOf(points);
	}

	/**
	 * Samples a cycle week by week up to today (or its end), asking {@code expected} and
	 * {@code actual} for the share on each day.
	 */
	public static ProgressChart of(LocalDate start, LocalDate end, LocalDate today,
			ToDoubleFunction<LocalDate> expected, ToDoubleFunction<LocalDate> actual) {
		List<Point> points = days(start, end, today).stream()
			.map((day) -> new Point(day, expected.applyAsDouble(day), actual.applyAsDouble(day)))
			.toList();
		return new ProgressChart(points, start, end, today.isAfter(end));
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
		if (this.ended) {
			return "Progress against expected: the cycle has ended at " + percent(latest.actual())
					+ " progress, 100 % expected.";
		}
		return "Progress against expected: today " + percent(latest.expected()) + " is expected and "
				+ percent(latest.actual()) + " is reached.";
	}

	/** The expected line, from the bottom left to the top right of the plot. */
	public String expectedLine() {
		return coordinates(0, 0) + " " + coordinates(1, 1);
	}

	/** The actual progress as SVG polyline points. */
	public String actualLine() {
		return this.points.stream().map((p) -> coordinates(p.expected(), p.actual())).collect(Collectors.joining(" "));
	}

	/** Horizontal grid lines with their labels, at 0, 25, 50, 75 and 100 %. */
	public List<Tick> ticks() {
		return List.of(0.0, 0.25, 0.5, 0.75, 1.0).stream().map((share) -> new Tick(percent(share), y(share))).toList();
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public String plotLeft() {
		return number(LEFT);
	}

	public String plotRight() {
		return number(WIDTH - RIGHT);
	}

	public String plotBottom() {
		return y(0);
	}

	/** Where the day labels sit, under the plot. */
	public String labelY() {
		return number(HEIGHT - BOTTOM + 22);
	}

	/** The x of the latest point, for today's marker. */
	public String latestX() {
		return x(latest().expected());
	}

	public String latestY() {
		return y(latest().actual());
	}

	static String coordinates(double x, double y) {
		return x(x) + "," + y(y);
	}

	static String x(double share) {
		return number(LEFT + clamp(share) * (WIDTH - LEFT - RIGHT));
	}

	static String y(double share) {
		return number(TOP + (1 - clamp(share)) * (HEIGHT - TOP - BOTTOM));
	}

	private static double clamp(double share) {
		return Math.max(0, Math.min(1, share));
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

	/**
	 * One sample: the share of the cycle passed and the progress reached on a day.
	 */
	public record Point(LocalDate day, double expected, double actual) {
	}

	/**
	 * A grid line of the progress axis: its label and height.
	 */
	public record Tick(String label, String y) {
	}

}
