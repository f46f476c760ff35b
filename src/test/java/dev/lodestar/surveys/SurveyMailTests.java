package dev.lodestar.surveys;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entering reflect asks everyone but viewers, by mail through a real SMTP server
 * (GreenMail), to answer the cycle's survey. The database is shared with other tests, so
 * mail is looked at by recipient.
 */
@TestPropertySource(properties = "lodestar.surveys.invitations=true")
class SurveyMailTests extends ApiTest {

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void enteringReflectMailsEveryoneButViewersALinkToTheSurvey() throws Exception {
		startSmtp();
		Person member = person("member");
		Person champion = person("champion");
		Person viewer = person("viewer");
		String cycle = cycle("execute");
		assertThat(received(member.email())).isEmpty();

		Reply moved = this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "reflect"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

		List<MimeMessage> mail = mailTo(member.email(), 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).startsWith("How did OKRs work for you in Cycle ");
		String content = String.valueOf(mail.get(0).getContent() instanceof jakarta.mail.Multipart multipart
				? text(multipart) : mail.get(0).getContent());
		assertThat(content).contains("http://localhost:8080/cycles/" + cycle + "/survey").contains("anonymous");
		assertThat(mailTo(champion.email(), 1)).hasSize(1);
		assertThat(received(viewer.email())).isEmpty();

		Reply closed = this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "closed"));
		assertThat(closed.status()).isEqualTo(200);
		pause(1500);
		assertThat(received(member.email())).hasSize(1);
	}

	private static String text(jakarta.mail.Multipart multipart) throws Exception {
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < multipart.getCount(); i++) {
			Object content = multipart.getBodyPart(i).getContent();
			all.append((content instanceof jakarta.mail.Multipart nested) ? text(nested) : String.valueOf(content));
		}
		return all.toString();
	}

	/** Starts GreenMail, waiting while another test run on the machine holds the port. */
	private void startSmtp() {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try {
				this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
				this.smtp.start();
				return;
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				pause(1000);
			}
		}
	}

	private List<MimeMessage> mailTo(String email, int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (received(email).size() < expected && System.nanoTime() < deadline) {
			pause(100);
		}
		pause(1200);
		return received(email);
	}

	private List<MimeMessage> received(String email) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((mail) -> sentTo(mail, email)).toList();
	}

	private static boolean sentTo(MimeMessage mail, String email) {
		try {
			Address[] to = mail.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equals(email));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
