package dev.lodestar.invitations;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import dev.lodestar.testing.ApiTest;

/**
 * A GreenMail server on the tests' SMTP port, and the invitation links in the mails it
 * receives. Other tests of the same application send mail too: mails are told apart by
 * their recipient.
 */
final class InvitationMails implements AutoCloseable {

	private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

	final GreenMail smtp;

	private InvitationMails() {
		this.smtp = new GreenMail(new ServerSetup(ApiTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	static InvitationMails start() {
		return new InvitationMails();
	}

	/** How many mails reached an address so far. */
	long count(String to) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> to(message, to)).count();
	}

	/** Waits for the {@code n}th mail (from 1) to an address. */
	MimeMessage mail(String to, int n) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(this.smtp.getReceivedMessages())
				.filter((message) -> to(message, to))
				.skip(n - 1)
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
	}

	/** The secret of the invitation link in the {@code n}th mail to an address. */
	String secret(String to, int n) {
		Matcher matcher = LINK.matcher(body(mail(to, n)));
		if (!matcher.find()) {
			throw new AssertionError("No invitation link in the mail to " + to);
		}
		return matcher.group(1);
	}

	static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	private static boolean to(MimeMessage message, String to) {
		try {
			return message.getAllRecipients()[0].toString().equals(to);
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		this.smtp.stop();
	}

}
