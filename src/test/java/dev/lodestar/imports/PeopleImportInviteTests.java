package dev.lodestar.imports;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ?invite=true}: the people an import creates are invited in its transaction and
 * each gets the invitation mail; people who existed are not invited. Runs once the
 * invitations module answers {@code GET /api/v1/invitations}.
 */
class PeopleImportInviteTests extends ApiTest {

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void thePeopleCreatedAreInvitedAndMailed() {
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person existing = person("member");
		List<String> created = List.of("ada-" + run + "@example.com", "grace-" + run + "@example.com");
		String csv = "email,name,role,team,parentTeam,lead\n" + created.get(0) + ",Ada,member,Invited " + run
				+ ",,true\n" + created.get(1) + ",Grace,viewer,Invited " + run + ",,\n" + existing.email()
				+ ",A member,,Invited " + run + ",,\n";

		Reply applied = ImportCalls.csv(this.admin, csv, "?invite=true");
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.json().get("created").asInt()).isEqualTo(2);

		for (String email : created) {
			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> Arrays.stream(this.smtp.getReceivedMessages()).anyMatch((mail) -> to(mail, email)));
		}
		String pending = this.admin.get("/api/v1/invitations?status=pending").body();
		assertThat(pending).contains(created).doesNotContain(existing.email());
		assertThat(Arrays.stream(this.smtp.getReceivedMessages()).filter((mail) -> to(mail, existing.email())))
			.isEmpty();
	}

	private static boolean to(MimeMessage mail, String email) {
		try {
			return Arrays.stream(mail.getAllRecipients()).anyMatch((address) -> address.toString().equals(email));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
