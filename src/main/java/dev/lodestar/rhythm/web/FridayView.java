package dev.lodestar.rhythm.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.rhythm.Kudos;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;
import dev.lodestar.rhythm.Win;

/**
 * What the Friday page shows: the week's head, its wins and kudos, and the forms to write
 * a win and give kudos, with what was typed when they were refused.
 */
record FridayView(WeekNav nav, List<WinLine> wins, List<KudosLine> kudos, boolean mayWriteWin, boolean mayGiveKudos,
		Typed typed, Map<String, String> errors, List<Recipient> members, List<Recipient> others) {

	public String action(String path) {
		return "/teams/" + this.nav.teamId() + "/friday/" + path;
	}

	/**
	 * A win as a line: what moved or what was written, and how or by whom.
	 */
	record WinLine(String kind, String title, String detail) {

		static WinLine of(Win win, TeamWeek week) {
			return switch (win.kind()) {
				case PROGRESS -> new WinLine("progress", win.title(), win.valueChange() + " · " + win.progressChange());
				case MILESTONE -> new WinLine("milestone", win.title(), "milestone done");
				case WRITTEN -> new WinLine("written", win.title(), "written by " + week.name(win.authorId()));
			};
		}

	}

	/**
	 * Kudos as a line.
	 */
	record KudosLine(String from, String to, String message) {

		static KudosLine of(Kudos kudos, TeamWeek week) {
			return new KudosLine(week.name(kudos.fromId()), week.name(kudos.toId()), kudos.message());
		}

	}

	/**
	 * What was typed into the forms.
	 */
	record Typed(String winText, String toId, String message) {

		static Typed nothing() {
			return new Typed("", "", "");
		}

	}

	/**
	 * A person kudos can go to.
	 */
	record Recipient(String id, String name) {
	}

}
