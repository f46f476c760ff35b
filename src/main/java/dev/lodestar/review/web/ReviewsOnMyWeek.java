package dev.lodestar.review.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.web.myweek.MyWeekSection;
import dev.lodestar.organization.Actor;

/**
 * My week's section of the objectives waiting for the person's review, when any do.
 */
@Component
class ReviewsOnMyWeek implements MyWeekSection {

	private final WaitingRows rows;

	ReviewsOnMyWeek(WaitingRows rows) {
		this.rows = rows;
	}

	@Override
	public String template() {
		return "review/fragments";
	}

	@Override
	public Object view(Actor actor) {
		List<WaitingRows.WaitingRow> waiting = this.rows.of(actor);
		return waiting.isEmpty() ? null : waiting;
	}

}
