package dev.lodestar.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password resets over real HTTP with a real SMTP server: the request answers the same
 * whatever the address and mails only an active person; requests are throttled per
 * address (silently) and per client (429); a link works once, within the hour, and ends
 * every session and token of its person; an admin sends links to active people only.
 */
class PasswordResetApiTests extends ApiTest {

	private static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

	private static final String NEW_PASSWORD = "a-fresh-start-42";

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	@BeforeEach
	void startSmtpWithFreshCounts() {
		this.jdbc.sql("delete from password_reset_throttle").update();
		this.smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
		this.jdbc.sql("delete from password_reset_throttle").update();
	}

	@Test
	void answersTheSameForEveryAddressAndMailsOnlyTheActivePerson() throws Exception {
		Person active = person("member");
		Person deactivated = person("member");
		Person invited = person("member");
		assertThat(this.admin.patch("/api/v1/people/" + deactivated.id(), Map.of("status", "deactivated")).status())
			.isEqualTo(200);
		this.jdbc.sql("update person set status = 'INVITED' where id = ?")
			.param(UUID.fromString(invited.id()))
			.update();
		String unknown = "nobody-" + UUID.randomUUID() + "@lodestar.test";

		for (String email : List.of(active.email(), deactivated.email(), invited.email(), unknown, "not an address",
				"x".repeat(10_000) + "@lodestar.test", active.email().toUpperCase())) {
			Reply reply = this.anonymous.post("/api/v1/password-resets", Map.of("email", email));
			assertThat(reply.status()).as(email + ": " + reply).isEqualTo(202);
			assertThat(reply.body()).isNullOrEmpty();
		}
		waitForTheRequestJobs();

		List<MimeMessage> mails = awaitMails(active.email(), 2);
		assertThat(mails.get(0).getSubject()).isEqualTo("Reset your Lodestar password");
		assertThat(GreenMailUtil.getBody(mails.get(0))).contains("/password-reset/");
		assertThat(mailsTo(deactivated.email())).isEmpty();
		assertThat(mailsTo(invited.email())).isEmpty();
		assertThat(mailsTo(unknown)).isEmpty();
		assertThat(linksOf(deactivated)).isZero();
		assertThat(linksOf(invited)).isZero();
		// the second request replaced the first link: one link waits, stored as a hash
		assertThat(linksOf(active)).isEqualTo(1);
		String secret = secretIn(mails.get(1));
		assertThat(this.jdbc.sql("select count(*) from password_reset where secret_hash = ?")
			.param(secret)
			.query(Long.class)
			.single()).isZero();
		assertThat(page("/password-reset/" + secretIn(mails.get(0))).statusCode()).isEqualTo(410);
		assertThat(page("/password-reset/" + secret).statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestWithoutAnEmailIsRefusedNamingTheField() {
		Reply noBody = this.anonymous.post("/api/v1/password-resets", null);
		assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
		assertThat(noBody.errorFields()).containsExactly("email");
		Reply noEmail = this.anonymous.post("/api/v1/password-resets", Map.of("mail", "ada@lodestar.test"));
		assertThat(noEmail.status()).isEqualTo(400);
		assertThat(noEmail.errorFields()).containsExactly("email");
		Reply broken = this.anonymous.post("/api/v1/password-resets", "{\"email\": ");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).contains("application/problem+json");
		// a caller with a token may ask too
		assertThat(this.admin.post("/api/v1/password-resets", Map.of("email", "x@lodestar.test")).status())
			.isEqualTo(202);
	}

	@Test
	void aLinkSetsTheNewPasswordOnceAndEndsEverySessionAndTokenOfThePerson() throws Exception {
		Person member = person("member");
		FormBrowser signedIn = new FormBrowser(this.port);
		signedIn.signIn(member.email(), PASSWORD);
		assertThat(signedIn.get("/").statusCode()).isEqualTo(200);
		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(200);

		assertThat(this.anonymous.post("/api/v1/password-resets", Map.of("email", member.email())).status())
			.isEqualTo(202);
		String secret = secretIn(awaitMails(member.email(), 1).get(0));

		FormBrowser stranger = new FormBrowser(this.port);
		HttpResponse<String> form = stranger.get("/password-reset/" + secret);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choose a new password").contains(member.email());

		HttpResponse<String> mismatch = stranger.post("/password-reset/" + secret,
				Map.of("password", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD + "!"));
		assertThat(mismatch.statusCode()).isEqualTo(422);
		assertThat(mismatch.body()).contains("does not match").doesNotContain(NEW_PASSWORD);
		HttpResponse<String> tooShort = stranger.post("/password-reset/" + secret,
				Map.of("password", "short", "repeatPassword", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(422);
		assertThat(tooShort.body()).contains("reset-password-error").contains("at least 8 characters");
		HttpResponse<String> common = stranger.post("/password-reset/" + secret,
				Map.of("password", "password123", "repeatPassword", "password123"));
		assertThat(common.statusCode()).isEqualTo(422);
		assertThat(common.body()).contains("common").doesNotContain("value=\"password123\"");
		// refusals used nothing: the old password still works
		assertThat(tokenStatus(member.email(), PASSWORD)).isEqualTo(201);

		HttpResponse<String> done = stranger.post("/password-reset/" + secret,
				Map.of("password", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?password-reset");

		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(401);
		HttpResponse<String> afterwards = signedIn.get("/");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(member.email())
			.query(Long.class)
			.single()).isZero();
		assertThat(tokenStatus(member.email(), PASSWORD)).isEqualTo(401);
		assertThat(tokenStatus(member.email(), NEW_PASSWORD)).isEqualTo(201);

		HttpResponse<String> again = new FormBrowser(this.port).get("/password-reset/" + secret);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("Ask for a new link");
		FormBrowser late = new FormBrowser(this.port);
		late.get("/password-reset");
		HttpResponse<String> reused = late.post("/password-reset/" + secret,
				Map.of("password", "another-one-77", "repeatPassword", "another-one-77"));
		assertThat(reused.statusCode()).isEqualTo(410);
		assertThat(tokenStatus(member.email(), NEW_PASSWORD)).isEqualTo(201);
	}

	@Test
	void anExpiredLinkChangesNothing() throws Exception {
		Person member = person("member");
		assertThat(this.admin.post("/api/v1/people/" + member.id() + "/password-reset", null).status()).isEqualTo(202);
		String secret = secretIn(awaitMails(member.email(), 1).get(0));
		this.jdbc.sql("update password_reset set expires_at = ? where person_id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), UUID.fromString(member.id()))
			.update();

		FormBrowser browser = new FormBrowser(this.port);
		browser.get("/password-reset");
		assertThat(browser.get("/password-reset/" + secret).statusCode()).isEqualTo(410);
		HttpResponse<String> refused = browser.post("/password-reset/" + secret,
				Map.of("password", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(410);
		assertThat(refused.body()).contains("Ask for a new link");
		assertThat(member.api().get("/api/v1/people/me").status()).isEqualTo(200);
		assertThat(tokenStatus(member.email(), PASSWORD)).isEqualTo(201);
	}

	@Test
	void forgedAndMalformedLinksAreRefused() throws Exception {
		for (String secret : List.of("abc", "x".repeat(43), "x".repeat(42) + "%21", "a".repeat(500))) {
			HttpResponse<String> page = page("/password-reset/" + secret);
			assertThat(page.statusCode()).as(secret).isEqualTo(410);
			assertThat(page.body()).contains("Ask for a new link");
		}
	}

	@Test
	void anAddressAskedForTooOftenGetsNoMoreMailAndTheAnswerStaysTheSame() {
		Person member = person("member");
		for (int i = 0; i < 5; i++) {
			Reply reply = this.anonymous.post("/api/v1/password-resets", Map.of("email", member.email()));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		}
		waitForTheRequestJobs();
		// three mails for three requests; the fourth and fifth sent nothing
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.during(Duration.ofSeconds(2))
			.until(() -> mailsTo(member.email()).size() == 3);
		// an admin is not throttled
		assertThat(this.admin.post("/api/v1/people/" + member.id() + "/password-reset", null).status()).isEqualTo(202);
		awaitMails(member.email(), 4);
	}

	@Test
	void aClientAskingTooOftenIsToldToWait() throws Exception {
		for (int i = 0; i < 20; i++) {
			Reply reply = this.anonymous.post("/api/v1/password-resets",
					Map.of("email", "someone-" + UUID.randomUUID() + "@lodestar.test"));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
		}
		Reply held = this.anonymous.post("/api/v1/password-resets", Map.of("email", "one-more@lodestar.test"));
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.contentType()).contains("application/problem+json");
		assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
		FormBrowser browser = new FormBrowser(this.port);
		browser.get("/password-reset");
		assertThat(browser.post("/password-reset", Map.of("email", "one-more@lodestar.test")).statusCode())
			.isEqualTo(429);
	}

	@Test
	void anAdminSendsALinkToActivePeopleOnly() {
		Person member = person("member");
		Person deactivated = person("member");
		Person invited = person("member");
		this.admin.patch("/api/v1/people/" + deactivated.id(), Map.of("status", "deactivated"));
		this.jdbc.sql("update person set status = 'INVITED' where id = ?")
			.param(UUID.fromString(invited.id()))
			.update();

		assertThat(member.api().post("/api/v1/people/" + member.id() + "/password-reset", null).status())
			.isEqualTo(403);
		assertThat(person("champion").api().post("/api/v1/people/" + member.id() + "/password-reset", null).status())
			.isEqualTo(403);
		assertThat(this.anonymous.post("/api/v1/people/" + member.id() + "/password-reset", null).status())
			.isEqualTo(401);
		assertThat(this.admin.post("/api/v1/people/" + UUID.randomUUID() + "/password-reset", null).status())
			.isEqualTo(404);
		assertThat(this.admin.post("/api/v1/people/" + deactivated.id() + "/password-reset", null).status())
			.isEqualTo(409);
		assertThat(this.admin.post("/api/v1/people/" + invited.id() + "/password-reset", null).status()).isEqualTo(409);
		Reply sent = this.admin.post("/api/v1/people/" + member.id() + "/password-reset", null);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
		assertThat(GreenMailUtil.getBody(awaitMails(member.email(), 1).get(0))).contains("An admin");
		assertThat(linksOf(deactivated)).isZero();
		assertThat(linksOf(invited)).isZero();
	}

	@Test
	void twoUsesOfOneLinkAtOnceLetOnlyOneWin() throws Exception {
		Person member = person("member");
		this.admin.post("/api/v1/people/" + member.id() + "/password-reset", null);
		String secret = secretIn(awaitMails(member.email(), 1).get(0));
		FormBrowser first = new FormBrowser(this.port);
		FormBrowser second = new FormBrowser(this.port);
		first.get("/password-reset/" + secret);
		second.get("/password-reset/" + secret);
		var one = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> first.postQuietly("/password-reset/" + secret,
					Map.of("password", "first-one-wins", "repeatPassword", "first-one-wins")));
		var two = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> second.postQuietly("/password-reset/" + secret,
					Map.of("password", "second-one-wins", "repeatPassword", "second-one-wins")));
		List<Integer> statuses = List.of(one.get().statusCode(), two.get().statusCode());
		assertThat(statuses).containsExactlyInAnyOrder(302, 410);
		String winner = (one.get().statusCode() == 302) ? "first-one-wins" : "second-one-wins";
		String loser = (one.get().statusCode() == 302) ? "second-one-wins" : "first-one-wins";
		assertThat(tokenStatus(member.email(), winner)).isEqualTo(201);
		assertThat(tokenStatus(member.email(), loser)).isEqualTo(401);
	}

	private int tokenStatus(String email, String password) {
		return this.anonymous.withBasic(email, password).post("/api/v1/tokens", Map.of("name", "check")).status();
	}

	private long linksOf(Person person) {
		return this.jdbc.sql("select count(*) from password_reset where person_id = ?")
			.param(UUID.fromString(person.id()))
			.query(Long.class)
			.single();
	}

	private void waitForTheRequestJobs() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select count(*) from scheduled_tasks where task_name = 'password-reset-request'")
				.query(Long.class)
				.single() == 0);
	}

	private List<MimeMessage> awaitMails(String to, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> mailsTo(to), (mails) -> mails.size() >= count);
	}

	private List<MimeMessage> mailsTo(String to) {
		return Arrays.stream(this.smtp.getReceivedMessages()).filter((message) -> {
			try {
				return to.equalsIgnoreCase(message.getAllRecipients()[0].toString());
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	static String secretIn(MimeMessage mail) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private HttpResponse<String> page(String path) throws Exception {
		return new FormBrowser(this.port).get(path);
	}

}
