package dev.lodestar.maturity.web;

import java.util.List;

import dev.lodestar.maturity.Calibration;
import dev.lodestar.web.ChartFrame;

/**
 * A calibration drawn as an SVG bar chart, the geometry worked out here so that the
 * template only places it: per confidence from 1 to 10 a bar as high as the share of its
 * key results that were met, and the diagonal a perfectly calibrated person's bars would
 * follow (a confidence of 7 met 70 % of the time).
 *
 * @param bars one per confidence given at least once
 * @param ticks the confidences along the bottom, each with its place
 * @param diagonal the SVG points of the diagonal
 */
public record CalibrationChart(List<Bar> bars, List<Tick> ticks, String diagonal) {

	static final int WIDTH = 320;

	static final int HEIGHT = 190;

	static final int LEFT = 40;

	static final int TOP = 10;

	static final int PLOT_WIDTH = 270;

	static final int PLOT_HEIGHT = 140;

	private static final ChartFrame FRAME = new ChartFrame(WIDTH, HEIGHT, LEFT, LEFT + PLOT_WIDTH, TOP,
			TOP + PLOT_HEIGHT);

	private static final double COLUMN = PLOT_WIDTH / 10.0;

	private static final double BAR = COLUMN * 0.6;

	public ChartFrame frame() {
		return FRAME;
	}

	static CalibrationChart of(Calibration calibration) {
		List<Bar> bars = calibration.buckets().stream().filter((bucket) -> bucket.count() > 0).map((bucket) -> {
			double height = bucket.metShare() * PLOT_HEIGHT;
			return new Bar(bucket.confidence(), bucket.count(), (int) Math.round(bucket.metShare() * 100),
					ChartFrame.number(center(bucket.confidence()) - BAR / 2),
					ChartFrame.number(TOP + PLOT_HEIGHT - height), ChartFrame.number(BAR), ChartFrame.number(height));
		}).toList();
		List<Tick> ticks = calibration.buckets()
			.stream()
			.map((bucket) -> new Tick(bucket.confidence(), ChartFrame.number(center(bucket.confidence()))))
			.toList();
		// a perfect forecaster's confidence c is met c/10 of the time: the diagonal
		// passes through the middle of each column at that height
		String diagonal = ChartFrame.number(center(1)) + "," + ChartFrame.number(TOP + PLOT_HEIGHT * 0.9) + " "
				+ ChartFrame.number(center(10)) + "," + ChartFrame.number(TOP);
		return new CalibrationChart(bars, ticks, diagonal);
	}

	/** The middle height, where 50 % is. */
	public int middle() {
		return TOP + PLOT_HEIGHT / 2;
	}

	private static double center(int confidence) {
		return LEFT + (confidence - 0.5) * COLUMN;
	}

	/** A coordinate as the SVG charts write it: one decimal, whatever the locale. */
	/**
	 * One confidence's bar.
	 *
	 * @param confidence the confidence
	 * @param count how many check-ins gave it
	 * @param metPercent the share of those met, in whole percent
	 * @param x where the bar starts
	 * @param y where its top is
	 * @param width how wide it is
	 * @param height how high it is
	 */
	public record Bar(int confidence, long count, int metPercent, String x, String y, String width, String height) {

		/**
		 * The middle of the bar, where its top's mark goes: a bar at 0 % is a mark alone.
		 */
		public String middle() {
			return ChartFrame.number(Double.parseDouble(this.x) + Double.parseDouble(this.width) / 2);
		}

	}

	/**
	 * A confidence along the bottom.
	 *
	 * @param confidence the confidence
	 * @param x the middle of its column
	 */
	public record Tick(int confidence, String x) {
	}

}
