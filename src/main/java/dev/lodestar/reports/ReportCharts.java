package dev.lodestar.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Score;
import dev.lodestar.web.ChartFrame;

/**
 * The cycle report's three charts, their geometry worked out here so that the templates
 * only place it: how the key results' scores fall in the three bands, how committed and
 * aspirational objectives scored against what their kind expects, and the share of key
 * results checked in in each of the cycle's weeks. Before the cycle is scored the first
 * two read progress where the scores will be.
 *
 * @param scored whether the figures are scores (or progress)
 * @param bands the three bands, low to high
 * @param kinds committed, then aspirational
 * @param weeks one per week of the cycle so far
 * @param keyResults the key results counted in the weekly shares
 */
public record ReportCharts(boolean scored, List<BandBar> bands, List<KindBar> kinds, List<WeekBar> weeks,
		int keyResults) {

	/** The score distribution's frame. */
	public static final ChartFrame BANDS_FRAME = new ChartFrame(320, 210, 44, 304, 24, 164);

	/** The committed against aspirational chart's frame. */
	public static final ChartFrame KINDS_FRAME = new ChartFrame(360, 170, 110, 300, 10, 110);

	/** The weekly check-ins' frame. */
	public static final ChartFrame WEEKS_FRAME = new ChartFrame(360, 210, 44, 350, 14, 164);

	/**
	 * At most this many week numbers along the bottom; more and every other is left out.
	 */
	private static final int WEEK_LABELS = 13;

	static ReportCharts of(CycleReport report, Map<Integer, Integer> keyResultsPerWeek) {
		boolean scored = report.scored();
		List<KeyResultLine> keyResults = report.keyResults();
		return new ReportCharts(scored, bands(keyResults, scored), kinds(report.objectives(), scored),
				weeks(report.weeks(), keyResults.size(), keyResultsPerWeek), keyResults.size());
	}

	public ChartFrame bandsFrame() {
		return BANDS_FRAME;
	}

	public ChartFrame kindsFrame() {
		return KINDS_FRAME;
	}

	public ChartFrame weeksFrame() {
		return WEEKS_FRAME;
	}

	/** The largest count of a band, the top of its axis (at least 1). */
	public int bandsTop() {
		return this.bands.stream().mapToInt(BandBar::count).max().orElse(0) > 0
				? this.bands.stream().mapToInt(BandBar::count).max().getAsInt() : 1;
	}

	/** The key results in a band, of all counted. */
	public int banded() {
		return this.bands.stream().mapToInt(BandBar::count).sum();
	}

	/** The middle of the weekly chart's height, where 50 % is. */
	public String weeksMiddle() {
		return ChartFrame.number((WEEKS_FRAME.top() + WEEKS_FRAME.bottom()) / 2.0);
	}

	/** The middle of a chart's width, where the axis's name goes. */
	public String centre(ChartFrame frame) {
		return ChartFrame.number((frame.left() + frame.right()) / 2.0);
	}

	/** The place of a score from 0 to 1 along the kinds' axis. */
	public String kindsX(double score) {
		return x(score);
	}

	private static String x(double score) {
		return ChartFrame.number(KINDS_FRAME.left() + score * (KINDS_FRAME.right() - KINDS_FRAME.left()));
	}

	private static List<BandBar> bands(List<KeyResultLine> keyResults, boolean scored) {
		int[] counts = new int[Score.Band.values().length];
		for (KeyResultLine keyResult : keyResults) {
			Double value = scored ? keyResult.score() : Double.valueOf(keyResult.progress());
			if (value != null) {
				counts[Score.Band.of(value).ordinal()]++;
			}
		}
		int top = Math.max(1, java.util.Arrays.stream(counts).max().orElse(0));
		ChartFrame frame = BANDS_FRAME;
		double column = (frame.right() - frame.left()) / (double) counts.length;
		double width = column * 0.6;
		double plot = frame.bottom() - frame.top();
		List<BandBar> bars = new ArrayList<>();
		for (Score.Band band : Score.Band.values()) {
			int count = counts[band.ordinal()];
			double height = plot * count / top;
			double middle = frame.left() + column * (band.ordinal() + 0.5);
			bars.add(new BandBar(band.range(), band.name().toLowerCase(java.util.Locale.ROOT), count,
					ChartFrame.number(middle - width / 2), ChartFrame.number(frame.bottom() - height),
					ChartFrame.number(width), ChartFrame.number(height), ChartFrame.number(middle),
					ChartFrame.number(frame.bottom() - height - 6)));
		}
		return bars;
	}

	private static List<KindBar> kinds(List<ObjectiveLine> objectives, boolean scored) {
		ToDoubleFunction<ObjectiveLine> value = scored ? (one) -> one.score() : ObjectiveLine::progress;
		List<KindBar> bars = new ArrayList<>();
		ChartFrame frame = KINDS_FRAME;
		double row = (frame.bottom() - frame.top()) / 2.0;
		for (ObjectiveKind kind : List.of(ObjectiveKind.COMMITTED, ObjectiveKind.ASPIRATIONAL)) {
			List<ObjectiveLine> theirs = objectives.stream()
				.filter((one) -> one.kind() == kind && (!scored || one.score() != null))
				.toList();
			Double mean = theirs.isEmpty() ? null : theirs.stream().mapToDouble(value).average().getAsDouble();
			int index = bars.size();
			double top = frame.top() + row * index;
			double barHeight = row * 0.5;
			double barTop = top + (row - barHeight) / 2;
			double length = (mean != null) ? Math.min(1.0, mean) * (frame.right() - frame.left()) : 0;
			double expectation = Score.expectation(kind);
			bars.add(new KindBar(kind.value(), theirs.size(), mean, Score.format(expectation),
					(mean != null) ? Score.Band.of(mean).name().toLowerCase(java.util.Locale.ROOT) : "none",
					ChartFrame.number(frame.left()), ChartFrame.number(barTop), ChartFrame.number(length),
					ChartFrame.number(barHeight), ChartFrame.number(barTop + barHeight / 2 + 4),
					ChartFrame.number(frame.left() + length + 6), x(expectation), ChartFrame.number(top + 2),
					ChartFrame.number(top + row - 2)));
		}
		return bars;
	}

	private static List<WeekBar> weeks(int weeks, int keyResults, Map<Integer, Integer> perWeek) {
		if (weeks <= 0) {
			return List.of();
		}
		ChartFrame frame = WEEKS_FRAME;
		double column = (frame.right() - frame.left()) / (double) weeks;
		double width = column * 0.7;
		double plot = frame.bottom() - frame.top();
		int step = (weeks + WEEK_LABELS - 1) / WEEK_LABELS;
		List<WeekBar> bars = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			int count = perWeek.getOrDefault(week, 0);
			double share = (keyResults > 0) ? Math.min(1.0, (double) count / keyResults) : 0;
			double height = plot * share;
			double middle = frame.left() + column * (week + 0.5);
			bars.add(new WeekBar(week + 1, count, share, (int) Math.round(share * 100),
					ChartFrame.number(middle - width / 2), ChartFrame.number(frame.bottom() - height),
					ChartFrame.number(width), ChartFrame.number(height), ChartFrame.number(middle), week % step == 0));
		}
		return bars;
	}

	/**
	 * The key results whose score (or progress) falls in one band.
	 *
	 * @param range the band's range, {@code 0.0–0.3}
	 * @param band the band's name for style classes: {@code low}, {@code middle},
	 * {@code high}
	 * @param count how many
	 * @param x where the bar starts
	 * @param y where its top is
	 * @param width its width
	 * @param height its height
	 * @param middle the middle of its column, where its labels go
	 * @param labelY where its count is written, above it
	 */
	public record BandBar(String range, String band, int count, String x, String y, String width, String height,
			String middle, String labelY) {
	}

	/**
	 * How the objectives of one kind scored.
	 *
	 * @param kind {@code committed} or {@code aspirational}
	 * @param count the objectives counted (scored ones once the cycle is scored)
	 * @param mean their mean score (or progress), {@code null} without any
	 * @param expectation what the kind is expected to score, {@code 1.0} or {@code 0.7}
	 * @param band the band of the mean for style classes, {@code none} without one
	 * @param x where the bar starts
	 * @param y its top
	 * @param width its length
	 * @param height its thickness
	 * @param labelY the baseline of its labels
	 * @param valueX where its mean is written, after its end
	 * @param expectedX where the expectation's mark is
	 * @param rowTop the top of its row, where the mark starts
	 * @param rowBottom the bottom of its row, where the mark ends
	 */
	public record KindBar(String kind, int count, Double mean, String expectation, String band, String x, String y,
			String width, String height, String labelY, String valueX, String expectedX, String rowTop,
			String rowBottom) {

		/** The kind as a heading says it: Committed, Aspirational. */
		public String name() {
			return Character.toUpperCase(this.kind.charAt(0)) + this.kind.substring(1);
		}

		/** The mean to one decimal, or a dash. */
		public String meanText() {
			return ReportFormat.INSTANCE.score(this.mean);
		}

	}

	/**
	 * One week of the cycle.
	 *
	 * @param number its number, from 1
	 * @param count the key results checked in in it
	 * @param share their share of all key results counted
	 * @param percent the share in whole percent
	 * @param x where the bar starts
	 * @param y its top
	 * @param width its width
	 * @param height its height
	 * @param middle the middle of its column
	 * @param labelled whether its number is written along the bottom
	 */
	public record WeekBar(int number, int count, double share, int percent, String x, String y, String width,
			String height, String middle, boolean labelled) {
	}

}
