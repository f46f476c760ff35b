package dev.lodestar.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password reset on PostgreSQL, in a schema of its own: asked for, mailed, used by two
 * browsers at the same moment (one wins, the other waits on the link's row and finds it
 * used), then refused when used again; the person's token and sessions end.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=reset_pg",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=reset_pg", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.mail.retry-delay=500ms",
				"lodestar.jobs.polling-interval=200ms", "lodestar.surveys.invitations=false",
				"lodestar.sign-in.max-failures-per-client=1000000" })
@Import(CleanPostgresSchema.class)
class PasswordResetOnPostgresTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void aLinkAskedForIsUsedOnceEvenByTwoBrowsersAtOnceAndThenRefused() throws Exception {
		Person member = person("member");
		FormBrowser signedIn = new FormBrowser(this.port);
		signedIn.signIn(member.email(), PASSWORD);
		assertThat(this.anonymous.post("/api/v1/password-resets", Map.of("email", member.email())).status())
			.isEqualTo(202);
		assertThat(this.anonymous.post("/api/v1/password-resets", Map.of("email", "nobody@lodestar.test")).status())
			.isEqualTo(202);
		String secret = PasswordResetApiTests.secretIn(awaitMail(member.email()));
		assertThat(this.jdbc.sql("select count(*) from password_reset where person_id = ? and used_at is null")
			.param(UUID.fromString(member.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		FormBrowser first = new FormBrowser(this.port);
		FormBrowser second = new FormBrowser(this.port);
		assertThat(first.get("/password-reset/" + secret).statusCode()).isEqualTo(200);
		assertThat(second.get("/password-reset/" + secret).statusCode()).isEqualTo(200);
		var one = CompletableFuture.supplyAsync(() -> first.postQuietly("/password-reset/" + secret,
				Map.of("password", "first-one-wins", "repeatPassword", "first-one-wins")));
		var two = CompletableFuture.supplyAsync(() -> second.postQuietly("/password-reset/" + secret,
				Map.of("password", "second-one-wins", "repeatPassword", "second-one-wins")));
		HttpResponse<String> a = one.get();
		HttpResponse<String> b = two.get();
		assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(302, 410);
		String winner = (a.statusCode() == 302) ? "first-one-wins" : "second-one-wins";
		String loser = (a.statusCode() == 302) ? "second-one-wins" : "first-one-wins";
		assertThat(tokenStatus(member.email(), winner)).isEqualTo(201);
		assertThat(tokenStatus(member.email(), loser)).isEqualTo(401);
		assertThat(tokenStatus(member.email(), PASSWORD)).isEqualTo(401);
		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		assertThat(signedIn.get("/").statusCode()).isEqualTo(302);

		FormBrowser late = new FormBrowser(this.port);
		assertThat(late.get("/password-reset/" + secret).statusCode()).isEqualTo(410);
		late.get("/password-reset");
		assertThat(late
			.post("/password-reset/" + secret, Map.of("password", "third-time-77", "repeatPassword", "third-time-77"))
			.statusCode()).isEqualTo(410);
		assertThat(tokenStatus(member.email(), winner)).isEqualTo(201);
	}

	private int tokenStatus(String email, String password) {
		return this.anonymous.withBasic(email, password).post("/api/v1/tokens", Map.of("name", "check")).status();
	}

	private MimeMessage awaitMail(String to) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
				try {
					return to.equalsIgnoreCase(message.getAllRecipients()[0].toString());
				}
				catch (MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), java.util.Objects::nonNull);
	}

}
