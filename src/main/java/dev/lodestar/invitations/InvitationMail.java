package dev.lodestar.invitations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import dev.lodestar.mail.Mail;

/**
 * The words of an invitation, in plain text and in HTML: who invites, to what, the link
 * that sets a password (and until when it works), and the training to take once in.
 */
final class InvitationMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH);

	private InvitationMail() {
	}

	static Mail to(Invitee invitee, String inviter, String organization, String base, String secret,
			Instant expiresAt) {
		String link = base + "/invitations/" + secret;
		String training = base + "/training";
		String until = DAY.format(expiresAt.atZone(ZoneOffset.UTC));
		String who = (inviter != null) ? inviter : "An admin";
		String subject = who + " invites you to " + organization + " on Lodestar";
		String text = "Hello " + invitee.name() + ",\n\n" + who + " invites you to join " + organization
				+ " on Lodestar, where we set our objectives and key results and check in on them every week.\n\n"
				+ "Choose your password and join here (the link works once, until " + until + "):\n" + link + "\n\n"
				+ "Once you are in, take the short training on OKRs: " + training + "\n\n"
				+ "If you did not expect this invitation, ignore this mail; nothing happens without you.\n";
		String html = "<p>Hello " + escape(invitee.name()) + ",</p>\n<p>" + escape(who) + " invites you to join "
				+ escape(organization)
				+ " on Lodestar, where we set our objectives and key results and check in on them every week.</p>\n"
				+ "<p><a href=\"" + escape(link) + "\">Choose your password and join</a> (the link works once, until "
				+ escape(until) + ").</p>\n" + "<p>Once you are in, take <a href=\"" + escape(training)
				+ "\">the short training on OKRs</a>.</p>\n"
				+ "<p>If you did not expect this invitation, ignore this mail; nothing happens without you.</p>\n";
		return new Mail(invitee.email(), subject, text, html);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	/** Whom a mail goes to. */
	record Invitee(String name, String email) {
	}

}
