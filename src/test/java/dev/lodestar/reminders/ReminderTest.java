package dev.lodestar.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the reminder tests: a real SMTP server (GreenMail) on the port the
 * application sends to, and a way to make this week's reminders due now, by moving the
 * check-in to today at midnight UTC (and back afterwards). The database is shared with
 * other tests, so mail is looked at by recipient.
 */
abstract class ReminderTest extends ApiTest {

	protected GreenMail smtp;

	private Map<String, Object> settingsBefore;

	@BeforeEach
	void rememberSettings() {
		Reply settings = this.admin.get("/api/v1/settings");
		this.settingsBefore = Map.of("checkInDay", settings.field("checkInDay"), "checkInTime",
				settings.field("checkInTime"), "timeZone", settings.field("timeZone"));
	}

	@AfterEach
	void restoreSettingsAndStopSmtp() {
		this.admin.patch("/api/v1/settings", this.settingsBefore);
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	protected void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	/** Puts the check-in at midnight UTC today, so this week's reminders are due now. */
	protected void makeRemindersDue() {
		ZonedDateTime now = Instant.now().atZone(ZoneOffset.UTC);
		Reply changed = this.admin.patch("/api/v1/settings", Map.of("checkInDay",
				now.getDayOfWeek().name().toLowerCase(Locale.ROOT), "checkInTime", "00:00", "timeZone", "UTC"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
	}

	/**
	 * Puts the check-in at the end of Sunday, UTC: not due before the week's last minute.
	 */
	protected void makeRemindersNotDueYet() {
		Reply changed = this.admin.patch("/api/v1/settings",
				Map.of("checkInDay", "sunday", "checkInTime", "23:59", "timeZone", "UTC"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
	}

	/**
	 * The mail that reached a person: waits until {@code expected} arrived, then a little
	 * longer, so that one too many shows too.
	 */
	protected List<MimeMessage> mailTo(String email, int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (received(email).size() < expected && System.nanoTime() < deadline) {
			pause(100);
		}
		pause(1200);
		return received(email);
	}

	protected List<MimeMessage> received(String email) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((mail) -> sentTo(mail, email)).toList();
	}

	protected void checkIn(Person owner, String keyResult) {
		Reply reply = owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
	}

	protected void prefer(Person person, String frequency) {
		Reply reply = person.api().put("/api/v1/people/me/reminders", Map.of("frequency", frequency));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
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

	protected static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
