package dev.lodestar.reminders;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import dev.lodestar.mail.Mail;

/**
 * The words of a check-in reminder, in plain text and in HTML: the key results that wait,
 * each with a link straight to its check-in, then links to My week and to the reminder
 * settings.
 */
final class ReminderMail {

	private ReminderMail() {
	}

	static Mail to(WaitingOwner owner, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		List<WaitingOwner.WaitingKeyResult> waiting = owner.keyResults();
		String subject = (waiting.size() == 1) ? "Time to check in: 1 key result waits for you"
				: "Time to check in: " + waiting.size() + " key results wait for you";
		return new Mail(owner.email(), subject, text(owner, base), html(owner, base));
	}

	private static String text(WaitingOwner owner, String base) {
		StringBuilder text = new StringBuilder("Hello ").append(owner.name())
			.append(",\n\n")
			.append("These key results have not been checked in this week:\n\n");
		for (WaitingOwner.WaitingKeyResult keyResult : owner.keyResults()) {
			text.append("- ")
				.append(keyResult.title())
				.append(" (")
				.append(keyResult.objectiveTitle())
				.append(")\n  Check in: ")
				.append(checkIn(base, keyResult))
				.append("\n");
		}
		return text.append("\nAll your key results, in My week: ")
			.append(base)
			.append("/\n\nYou get this reminder on the check-in day. Choose how often, or turn it off: ")
			.append(base)
			.append("/profile/reminders\n")
			.toString();
	}

	private static String html(WaitingOwner owner, String base) {
		StringBuilder html = new StringBuilder("<p>Hello ").append(escape(owner.name()))
			.append(",</p>\n")
			.append("<p>These key results have not been checked in this week:</p>\n<ul>\n");
		for (WaitingOwner.WaitingKeyResult keyResult : owner.keyResults()) {
			html.append("<li><a href=\"")
				.append(escape(checkIn(base, keyResult)))
				.append("\">")
				.append(escape(keyResult.title()))
				.append("</a> (")
				.append(escape(keyResult.objectiveTitle()))
				.append(")</li>\n");
		}
		return html.append("</ul>\n<p><a href=\"")
			.append(escape(base))
			.append("/\">Open My week</a> to see all your key results.</p>\n")
			.append("<p>You get this reminder on the check-in day. <a href=\"")
			.append(escape(base))
			.append("/profile/reminders\">Choose how often, or turn it off</a>.</p>\n")
			.toString();
	}

	private static String checkIn(String base, WaitingOwner.WaitingKeyResult keyResult) {
		return base + "/key-results/" + keyResult.id().value() + "#check-in";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
