package dev.lodestar.objectives.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.objectives.CheckInHistory;
import dev.lodestar.objectives.KeyResult;

/**
 * A key result's recent progress as a small line, drawn by the page as an SVG polyline:
 * one point per check-in, placed by its moment in the window and its progress, and the
 * last value held until the end of the window.
 *
 * @param points the polyline's points ("x,y x,y ..."), or {@code null} without check-ins
 * @param label what the line shows, in words, for those who cannot see it
 * @param caption what the line shows, in a few words under it: "8 weeks: was 20 %, now 50
 * %", or {@code null} without check-ins
 */
public record Sparkline(String points, String label, String caption) {

	static final int WIDTH = 120;

	static final int HEIGHT = 28;

	public static final Duration WINDOW = Duration.ofDays(56);

	private static final double PAD = 2;

	public static Sparkline of(KeyResult keyResult, List<CheckInHistory.Point> history, Instant end) {
		Instant start = end.minus(WINDOW);
		List<CheckInHistory.Point> inWindow = history.stream()
			.filter((point) -> !point.at().isBefore(start) && !point.at().isAfter(end))
			.toList();
		if (inWindow.isEmpty()) {
			return new Sparkline(null, "No check-ins in the last 8 weeks", null);
		}
		List<String> points = new ArrayList<>();
		for (CheckInHistory.Point point : inWindow) {
			points.add(point(x(point.at(), start, end), share(keyResult, point.value())));
		}
		double first = share(keyResult, inWindow.get(0).value());
		double last = share(keyResult, inWindow.get(inWindow.size() - 1).value());
		points.add(point(1.0, last));
		return new Sparkline(String.join(" ", points), label(first, last, inWindow.size()),
				"8 weeks: was " + percent(first) + ", now " + percent(last));
	}

	public boolean empty() {
		return this.points == null;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	private static double x(Instant at, Instant start, Instant end) {
		return (double) Duration.between(start, at).toMillis() / Duration.between(start, end).toMillis();
	}

	private static double share(KeyResult keyResult, double value) {
		double share = (value - keyResult.startValue()) / (keyResult.targetValue() - keyResult.startValue());
		return Math.max(0.0, Math.min(1.0, share));
	}

	private static String point(double x, double share) {
		double px = PAD + x * (WIDTH - 2 * PAD);
		double py = PAD + (1 - share) * (HEIGHT - 2 * PAD);
		return oneDecimal(px) + "," + oneDecimal(py);
	}

	/**
	 * A coordinate (never negative) with one decimal, as "12.3": without
	 * {@code String.format}, which was a noticeable share of a team page's time.
	 */
	private static String oneDecimal(double value) {
		long tenths = Math.round(value * 10);
		return (tenths / 10) + "." + (tenths % 10);
	}

	private static String label(double first, double last, int checkIns) {
		String movement = (Math.round(first * 100) == Math.round(last * 100)) ? "steady at " + percent(last)
				: ((last > first) ? "rose" : "fell") + " from " + percent(first) + " to " + percent(last);
		return "Progress in the last 8 weeks: " + movement + " in " + checkIns
				+ ((checkIns == 1) ? " check-in" : " check-ins");
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

}
