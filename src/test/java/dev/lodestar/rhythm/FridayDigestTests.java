package dev.lodestar.rhythm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.organization.Program;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static dev.lodestar.rhythm.RhythmFixtures.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Friday digest reaches a real SMTP server: each member of a team with wins gets one
 * mail with the wins and a link to the Friday page, once per team and week however often
 * the sweep runs; a team without wins sends nothing.
 */
class FridayDigestTests extends ApiTest {

	@Autowired
	FridayDigests digests;

	@Autowired
	Program program;

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	/**
	 * Starts the SMTP server, waiting while the port is taken (by another test run on the
	 * same machine) for up to a minute.
	 */
	@BeforeEach
	void startSmtp() throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
			try {
				this.smtp.start();
				return;
			}
			catch (IllegalStateException ex) {
				this.smtp.stop();
				if (attempt == 60) {
					throw ex;
				}
				Thread.sleep(1000);
			}
		}
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void theSweepSendsEachMemberOneDigestOnFridayEvenWhenItRunsTwice() throws Exception {
		Person lead = person("member");
		Person member = person("member");
		String team = team("Digest team");
		join(team, lead, true);
		join(team, member, false);
		Person quiet = person("member");
		join(team("Quiet team"), quiet, false);
		checkIn(lead, keyResult(objective(cycle("execute"), team), lead.id()), 30, 8);

		ProgramSettings settings = this.program.settings();
		Week week = Week.of(settings, Instant.now());
		Instant friday = ZonedDateTime.of(week.friday(), settings.checkInTime(), settings.timeZone()).toInstant();
		assertThat(this.digests.sweep(friday.minusSeconds(60))).isZero();
		assertThat(this.digests.sweep(friday.plusSeconds(60))).isGreaterThanOrEqualTo(2);
		assertThat(this.digests.sweep(friday.plusSeconds(360))).isZero();

		List<MimeMessage> toLead = waitFor(lead.email(), 1);
		waitFor(member.email(), 1);
		Thread.sleep(1500);
		assertThat(received(lead.email())).hasSize(1);
		assertThat(received(member.email())).hasSize(1);
		assertThat(received(quiet.email())).isEmpty();
		MimeMessage mail = toLead.get(0);
		assertThat(mail.getSubject()).isEqualTo("Wins of the week in Digest team (week of "
				+ java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
					.format(week.monday())
				+ ")");
		String body = content(mail);
		assertThat(body).contains("Weekly active teams: was 10, now 30 (progress was 0 %, now 50 %)",
				"/teams/" + team + "/friday?week=" + week, "<li>Weekly active teams");
	}

	@Test
	void theSweepIsAScheduledJob() {
		assertThat(this.jdbc.sql("select count(*) from scheduled_tasks where task_name = 'rhythm-digest-sweep'")
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void adminsAndChampionsSendThisWeeksDigestsNowOncePerTeam() throws Exception {
		Person member = person("member");
		String team = team("Digest on demand");
		join(team, member, false);
		assertThat(member.api()
			.post("/api/v1/kudos", java.util.Map.of("toId", person("member").id(), "teamId", team, "message", "Thanks"))
			.status()).isEqualTo(201);
		Reply written = member.api()
			.post("/api/v1/teams/" + team + "/weeks/" + RhythmFixtures.thisWeek() + "/wins",
					java.util.Map.of("text", "Signed the Acme contract"));
		assertThat(written.status()).isEqualTo(201);

		assertThat(member.api().post("/api/v1/rhythm/digests", "{}").status()).isEqualTo(403);
		Reply sent = person("champion").api().post("/api/v1/rhythm/digests", "{}");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isGreaterThanOrEqualTo(1);
		MimeMessage mail = waitFor(member.email(), 1).get(0);
		assertThat(content(mail)).contains("Signed the Acme contract", "Kudos", "Thanks");

		this.admin.post("/api/v1/rhythm/digests", "{}");
		Thread.sleep(1500);
		assertThat(received(member.email())).hasSize(1);
	}

	/** The text and HTML parts of a mail, decoded. */
	private static String content(jakarta.mail.Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof jakarta.mail.Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(content(multipart.getBodyPart(i))).append('\n');
			}
			return all.toString();
		}
		return (content instanceof String text) ? text : "";
	}

	private List<MimeMessage> waitFor(String address, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (received(address).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(received(address)).as("mail to " + address).hasSizeGreaterThanOrEqualTo(count);
		return received(address);
	}

	private List<MimeMessage> received(String address) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
