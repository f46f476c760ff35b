package dev.lodestar.rhythm;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import dev.lodestar.mail.Mail;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;

/**
 * The Friday digest of one team's week as a mail to one member: the wins, the kudos, and
 * a link to the Friday page, in plain text and HTML.
 */
final class DigestMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private DigestMail() {
	}

	static Mail to(String address, TeamWeek week, String baseUrl) {
		String team = week.team().team().name();
		String link = baseUrl + "/teams/" + week.team().team().id() + "/friday?week=" + week.week();
		String subject = "Wins of the week in " + team + " (week of " + DAY.format(week.week().monday()) + ")";
		StringBuilder text = new StringBuilder(subject).append("\n\n");
		StringBuilder html = new StringBuilder("<h1>").append(escape(subject)).append("</h1>\n<ul>\n");
		for (Win win : week.wins()) {
			String line = line(win, week);
			text.append("* ").append(line).append('\n');
			html.append("<li>").append(escape(line)).append("</li>\n");
		}
		html.append("</ul>\n");
		if (!week.kudos().isEmpty()) {
			text.append("\nKudos\n");
			html.append("<h2>Kudos</h2>\n<ul>\n");
			for (Kudos kudos : week.kudos()) {
				String line = week.name(kudos.fromId()) + " to " + week.name(kudos.toId()) + ": " + kudos.message();
				text.append("* ").append(line).append('\n');
				html.append("<li>").append(escape(line)).append("</li>\n");
			}
			html.append("</ul>\n");
		}
		text.append("\nSee the week: ").append(link).append('\n');
		html.append("<p><a href=\"").append(escape(link)).append("\">See the week in Lodestar</a></p>\n");
		return new Mail(address, subject, text.toString(), html.toString());
	}

	static String line(Win win, TeamWeek week) {
		return switch (win.kind()) {
			case PROGRESS -> win.title() + ": " + win.valueChange() + " (" + win.progressChange() + ")";
			case MILESTONE -> win.title() + ": done";
			case WRITTEN -> win.title() + " (" + week.name(win.authorId()) + ")";
		};
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
