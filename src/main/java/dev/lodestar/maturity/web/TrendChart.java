package dev.lodestar.maturity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.lodestar.maturity.ProgramHealth;
import dev.lodestar.web.ChartFrame;

/**
 * One figure of the program's health across the closed cycles, drawn as a small SVG line
 * chart whose geometry is worked out here: a point per cycle with a value (written above
 * it), the line through them, and the cycles' names along the bottom.
 *
 * @param title what the figure is
 * @param meaning what it measures, in a few words
 * @param points the cycles with a value, oldest first
 * @param labels every cycle's name with its place
 * @param line the SVG points of the line, empty with fewer than two values
 * @param top the highest value the chart holds, written at its top
 * @param cells every cycle's value as written, "—" without one, for the table of figures
 */
public record TrendChart(String title, String meaning, List<Point> points, List<Label> labels, String line, String top,
		List<String> cells) {

	static final int WIDTH = 320;

	static final int HEIGHT = 160;

	static final int LEFT = 40;

	static final int RIGHT = 16;

	static final int TOP = 20;

	static final int PLOT_HEIGHT = 100;

	private static final int NAME_MAX = 12;

	/** A share from 0 to 1 per cycle, written in percent. */
	static TrendChart shares(String title, String meaning, ProgramHealth health,
			Function<ProgramHealth.CycleHealth, Double> figure) {
		return of(title, meaning, health, figure, 1.0, (value) -> Math.round(value * 100) + " %", "100 %");
	}

	/** A figure with decimals up to a highest value. */
	static TrendChart values(String title, String meaning, ProgramHealth health,
			Function<ProgramHealth.CycleHealth, Double> figure, double max) {
		return of(title, meaning, health, figure, max, (value) -> String.format(Locale.ROOT, "%.1f", value),
				String.format(Locale.ROOT, "%.1f", max));
	}

	private static TrendChart of(String title, String meaning, ProgramHealth health,
			Function<ProgramHealth.CycleHealth, Double> figure, double max, Function<Double, String> written,
			String top) {
		List<ProgramHealth.CycleHealth> cycles = health.cycles();
		List<Point> points = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cycles.size(); i++) {
			ProgramHealth.CycleHealth cycle = cycles.get(i);
			double x = x(i, cycles.size());
			labels.add(new Label(shortName(cycle.name()), cycle.name(), ChartFrame.number(x)));
			Double value = figure.apply(cycle);
			cells.add((value != null) ? written.apply(value) : "—");
			if (value != null) {
				double y = TOP + PLOT_HEIGHT - Math.max(0, Math.min(1, value / max)) * PLOT_HEIGHT;
				points.add(new Point(ChartFrame.number(x), ChartFrame.number(y), ChartFrame.number(y - 8),
						written.apply(value), cycle.name()));
				line.append((line.length() > 0) ? " " : "")
					.append(ChartFrame.number(x))
					.append(',')
					.append(ChartFrame.number(y));
			}
		}
		return new TrendChart(title, meaning, points, labels, (points.size() > 1) ? line.toString() : "", top, cells);
	}

	public ChartFrame frame() {
		return new ChartFrame(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, TOP + PLOT_HEIGHT);
	}

	/** Whether any cycle had a value. */
	public boolean measured() {
		return !this.points.isEmpty();
	}

	private static double x(int index, int count) {
		double span = WIDTH - RIGHT - LEFT - 24;
		return (count == 1) ? LEFT + 12 + span / 2 : LEFT + 12 + span * index / (count - 1);
	}

	private static String shortName(String name) {
		return (name.length() <= NAME_MAX) ? name : name.substring(0, NAME_MAX - 1) + "…";
	}

	/**
	 * A cycle's value.
	 *
	 * @param x where it is across
	 * @param y where it is down
	 * @param labelY where its value is written
	 * @param value the value as written
	 * @param cycle the cycle's name
	 */
	public record Point(String x, String y, String labelY, String value, String cycle) {
	}

	/**
	 * A cycle's name along the bottom.
	 *
	 * @param text the name, shortened to fit
	 * @param name the whole name
	 * @param x where it is across
	 */
	public record Label(String text, String name, String x) {
	}

}
