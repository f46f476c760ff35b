package dev.lodestar.web;

import java.util.Locale;

/**
 * Where a server-rendered SVG chart draws: its view box ({@code width} by {@code height})
 * and, inside it, the plot area from {@code left} to {@code right} and from {@code top}
 * to {@code bottom}, the space around it left to the labels. The charts' templates read
 * their lines and labels' places from it.
 */
public record ChartFrame(int width, int height, int left, int right, int top, int bottom) {

	/**
	 * A coordinate as an SVG attribute takes it: one decimal, a point whatever the
	 * locale.
	 */
	public static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
