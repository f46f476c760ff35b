package dev.lodestar.setup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The readiness of a cycle on H2, in a database of its own so that the checks read only
 * what the tests made; and the announcement of a cycle, mailed through a real SMTP server
 * (GreenMail) once, to every active participant, when the cycle moves from prepare to
 * set.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:setup-readiness;DB_CLOSE_DELAY=-1",
		"lodestar.setup.announcement=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessApiTests extends ReadinessScenario {

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	@Order(3)
	void movingACycleToSetMailsEveryActiveParticipantOnceWithTheChampionsMessage() throws Exception {
		startSmtp();
		Person member = person("member");
		Person champion = person("champion");
		Person viewer = person("viewer");
		Person leaving = person("member");
		String team = team("Launch " + UUID.randomUUID());
		join(team, member, true);
		assertThat(this.admin.patch("/api/v1/people/" + leaving.id(), Map.of("status", "deactivated")).status())
			.isEqualTo(200);
		String cycle = cycle("prepare");
		assertThat(this.admin.patch("/api/v1/cycles/" + cycle, Map.of("name", "Launch 2027 Q1")).status())
			.isEqualTo(200);

		Reply moved = this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "set"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

		List<MimeMessage> mail = mailTo(member.email(), 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("Launch 2027 Q1 is open: time to set our OKRs");
		String content = content(mail.get(0));
		assertThat(content).contains("It is now open for setting OKRs")
			.contains("http://localhost:8080/teams/" + team)
			.contains("http://localhost:8080/training")
			.contains("http://localhost:8080/");
		assertThat(mailTo(champion.email(), 1)).hasSize(1);
		assertThat(content(received(champion.email()).get(0))).doesNotContain("/teams/");
		assertThat(received(viewer.email())).isEmpty();
		assertThat(received(leaving.email())).isEmpty();

		Reply executing = this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "execute"));
		assertThat(executing.status()).isEqualTo(200);
		pause(1500);
		assertThat(received(member.email())).hasSize(1);
	}

	@Test
	@Order(4)
	void theAnnouncementCarriesTheMessageLeftForIt() throws Exception {
		startSmtp();
		Person member = person("member");
		String cycle = cycle("prepare");
		this.jdbc.sql("insert into cycle_announcement (cycle_id, message) values (?, ?)")
			.params(UUID.fromString(cycle), "Kick-off on Monday at 10 in the big room.")
			.update();
		assertThat(this.admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", "set")).status())
			.isEqualTo(200);
		List<MimeMessage> mail = mailTo(member.email(), 1);
		assertThat(mail).hasSize(1);
		assertThat(content(mail.get(0))).contains("Kick-off on Monday at 10 in the big room.");
	}

	@Test
	@Order(5)
	void aRefusedFirstCycleKeepsNothingOfTheCadenceStep() {
		String taken = "Taken " + UUID.randomUUID();
		assertThat(this.admin
			.post("/api/v1/cycles", Map.of("name", taken, "startDate", "2027-01-01", "endDate", "2027-03-31"))
			.status()).isEqualTo(201);
		long version = this.admin.get("/api/v1/settings").json().get("version").asLong();
		Actor actor = this.people.actorOf(this.people.findByEmail(ADMIN_EMAIL).orElseThrow().id());
		assertThatThrownBy(() -> this.wizard.saveCadence(actor, "weeks", "6", taken, LocalDate.of(2027, 4, 1),
				LocalDate.of(2027, 5, 12), true))
			.isInstanceOf(ConflictException.class);
		var settings = this.admin.get("/api/v1/settings").json();
		assertThat(settings.get("cadence").asString()).isEqualTo("quarter");
		assertThat(settings.get("version").asLong()).isEqualTo(version);
		assertThat(this.wizard.progress().steps()).doesNotContainKey(SetupStep.CADENCE);
		assertThatThrownBy(() -> this.wizard.saveCadence(actor, "fortnightly", "6", null, null, null, false))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("cadence"));
	}

	@Autowired
	private SetupWizard wizard;

	@Autowired
	private People people;

	private static String content(MimeMessage mail) throws Exception {
		Object content = mail.getContent();
		return (content instanceof Multipart multipart) ? text(multipart) : String.valueOf(content);
	}

	private static String text(Multipart multipart) throws Exception {
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < multipart.getCount(); i++) {
			Object content = multipart.getBodyPart(i).getContent();
			all.append((content instanceof Multipart nested) ? text(nested) : String.valueOf(content));
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
