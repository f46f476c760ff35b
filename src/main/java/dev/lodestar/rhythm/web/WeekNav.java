package dev.lodestar.rhythm.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.lodestar.rhythm.TeamWeeks.TeamWeek;
import dev.lodestar.rhythm.Week;

/**
 * The head of a team's Monday or Friday page: the team, the week, and links to the week
 * before, the week after (up to this week) and the other page of the same week.
 */
record WeekNav(String teamId, String teamName, String week, String label, String previous, String next,
		boolean thisWeek, String monday, String friday, String team) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static WeekNav of(TeamWeek week, String page) {
		String id = week.team().team().id().toString();
		String base = "/teams/" + id + "/" + page + "?week=";
		Week shown = week.week();
		return new WeekNav(id, week.team().team().name(), shown.toString(), "Week of " + DAY.format(shown.monday()),
				base + shown.previous(), shown.next().isAfter(week.thisWeek()) ? null : base + shown.next(),
				week.isThisWeek(), "/teams/" + id + "/monday?week=" + shown, "/teams/" + id + "/friday?week=" + shown,
				"/teams/" + id);
	}

}
