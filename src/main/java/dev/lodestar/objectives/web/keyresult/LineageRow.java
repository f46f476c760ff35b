package dev.lodestar.objectives.web.keyresult;

import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Lineage;
import dev.lodestar.objectives.Score;
import dev.lodestar.web.Format;

/**
 * A key result of a lineage as its page shows it: the cycle, where it started and ended,
 * and its score in its band.
 *
 * @param thisOne whether it is the key result the page is about
 * @param score its score to one decimal, or {@code null} while unscored
 */
record LineageRow(String id, String title, String cycleName, String from, String to, String score, String band,
		boolean thisOne, String relation) {

	static LineageRow of(Lineage.Link link) {
		boolean milestone = link.type() == KeyResultType.MILESTONE;
		String unit = (link.unit() != null) ? " " + link.unit() : "";
		String from = milestone ? "not done" : number(link.startValue()) + unit;
		String to = milestone ? ((link.currentValue() == 1) ? "done" : "not done") : number(link.currentValue()) + unit;
		String relation = (link.step() > 0) ? "carried from" : (link.step() < 0) ? "carried into" : "this key result";
		return new LineageRow(link.id().toString(), link.title(), link.cycleName(), from, to,
				(link.score() != null) ? Score.format(link.score()) : null,
				(link.score() != null) ? Score.Band.of(link.score()).css() : null, link.step() == 0, relation);
	}

	private static String number(double value) {
		return Format.figure(value);
	}

}
