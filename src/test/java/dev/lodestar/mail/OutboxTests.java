package dev.lodestar.mail;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail posted to the outbox reaches a real SMTP server, in text and HTML, and survives
 * the server being down for a while.
 */
class OutboxTests extends ApiTest {

	@Autowired
	Outbox outbox;

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void mailPostedWhileTheServerIsDownArrivesOnceItIsUp() throws Exception {
		this.outbox.post(new Mail("ada@lodestar.test", "Time to check in", "Plain words", "<p>Rich words</p>"));
		Thread.sleep(1500);
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();

		// The application is shared with other API tests, whose own mail (survey
		// invitations, reminders) may
		// still wait in the outbox: wait for this one among whatever arrives.
		MimeMessage received = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> java.util.Arrays.stream(this.smtp.getReceivedMessages())
				.filter((message) -> isTheOne(message))
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
		assertThat(received.getSubject()).isEqualTo("Time to check in");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@lodestar.test");
		String body = GreenMailUtil.getBody(received);
		assertThat(body).contains("Plain words").contains("<p>Rich words</p>");
		assertThat(received.getContent()).isInstanceOf(MimeMultipart.class);
	}

	private static boolean isTheOne(MimeMessage message) {
		try {
			return "Time to check in".equals(message.getSubject())
					&& "ada@lodestar.test".equals(message.getAllRecipients()[0].toString());
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

}
