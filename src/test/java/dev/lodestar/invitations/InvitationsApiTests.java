package dev.lodestar.invitations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.Role;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invitations over real HTTP, with the mails they send received by GreenMail: inviting,
 * the champion's limits, bad input, listing by status (expired included), resending,
 * revoking, accepting once and only once, and the mail server being down.
 */
class InvitationsApiTests extends ApiTest {

	@Autowired
	Invitations invitations;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private InvitationMails mails;

	@AfterEach
	void stopMail() {
		if (this.mails != null) {
			this.mails.close();
		}
	}

	@Test
	void anAdminInvitesAPersonWhoGetsAMailWithASingleUseLinkValidSevenDays() throws Exception {
		this.mails = InvitationMails.start();
		String team = team("Invited team " + UUID.randomUUID());
		String email = email();
		Instant before = Instant.now();
		Reply invited = this.admin.post("/api/v1/invitations", Map.of("email", email.toUpperCase(), "name",
				"Grace Hopper", "role", "member", "teamIds", List.of(team)));

		assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
		assertThat(invited.header("Location")).endsWith("/api/v1/invitations/" + invited.field("id"));
		assertThat(invited.field("email")).isEqualTo(email);
		assertThat(invited.field("status")).isEqualTo("pending");
		Instant expiresAt = Instant.parse(invited.field("expiresAt"));
		assertThat(expiresAt).isBetween(before.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));

		Reply person = this.admin.get("/api/v1/people/" + invited.field("personId"));
		assertThat(person.field("status")).isEqualTo("invited");
		assertThat(person.json().get("teamIds").get(0).asString()).isEqualTo(team);
		assertThat(this.admin.get("/api/v1/invitations/" + invited.field("id")).field("email")).isEqualTo(email);

		MimeMessage mail = this.mails.mail(email, 1);
		String body = InvitationMails.body(mail);
		assertThat(mail.getSubject()).contains("invites you to");
		assertThat(body).contains("Hello Grace Hopper").contains("/training").contains("until");
		String secret = this.mails.secret(email, 1);
		assertThat(this.jdbc.sql("select count(*) from invitation where secret_hash = ?")
			.param(secret)
			.query(Long.class)
			.single()).as("the secret itself is never stored").isZero();

		Reply page = this.anonymous.get("/invitations/" + secret);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(email).contains("Grace Hopper");

		// An invited person cannot sign in or get a token
		assertThat(this.anonymous.withBasic(email, PASSWORD).post("/api/v1/tokens", Map.of("name", "x")).status())
			.isEqualTo(401);
	}

	@Test
	void badInputIsA400NamingTheFieldAndStoresNothing() {
		String email = email();
		assertThat(this.admin.post("/api/v1/invitations", Map.of("name", "No Mail", "role", "member")).errorFields())
			.contains("email");
		assertThat(
				this.admin.post("/api/v1/invitations", Map.of("email", "not-an-address", "name", "X", "role", "member"))
					.errorFields())
			.contains("email");
		assertThat(this.admin.post("/api/v1/invitations", Map.of("email", email, "name", " ", "role", "member"))
			.errorFields()).contains("name");
		assertThat(this.admin.post("/api/v1/invitations", Map.of("email", email, "name", "X")).errorFields())
			.contains("role");
		Reply unknownRole = this.admin.post("/api/v1/invitations", Map.of("email", email, "name", "X", "role", "boss"));
		assertThat(unknownRole.status()).isEqualTo(400);
		Reply unknownTeam = this.admin.post("/api/v1/invitations", Map.of("email", email, "name", "X", "role", "member",
				"teamIds", List.of(UUID.randomUUID().toString())));
		assertThat(unknownTeam.status()).isEqualTo(400);
		assertThat(unknownTeam.errorFields()).contains("teamIds");
		Reply badTeam = this.admin.post("/api/v1/invitations",
				Map.of("email", email, "name", "X", "role", "member", "teamIds", List.of("nope")));
		assertThat(badTeam.errorFields()).contains("teamIds");

		assertThat(this.people.findByEmail(email)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from invitation where email = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anActivePersonsAddressIsAConflictNamingEmailAndAnInvitedPersonGetsANewInvitation() {
		this.mails = InvitationMails.start();
		Person active = person("member");
		Reply conflict = this.admin.post("/api/v1/invitations",
				Map.of("email", active.email(), "name", "Again", "role", "member"));
		assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
		assertThat(conflict.errorFields()).containsExactly("email");

		String email = email();
		Reply first = invite(email, "member");
		String oldSecret = this.mails.secret(email, 1);
		Reply second = invite(email, "member");
		assertThat(second.field("id")).isNotEqualTo(first.field("id"));
		assertThat(second.field("personId")).isEqualTo(first.field("personId"));
		String newSecret = this.mails.secret(email, 2);

		assertThat(this.admin.get("/api/v1/invitations/" + first.field("id")).field("status")).isEqualTo("revoked");
		assertThat(this.anonymous.get("/invitations/" + oldSecret).status()).isEqualTo(410);
		assertThat(this.anonymous.get("/invitations/" + newSecret).status()).isEqualTo(200);
	}

	@Test
	void aChampionInvitesMembersAndViewersOnlyAndOthersMayNotInviteAtAll() {
		Person champion = person("champion");
		assertThat(champion.api().post("/api/v1/invitations", body(email(), "member")).status()).isEqualTo(201);
		assertThat(champion.api().post("/api/v1/invitations", body(email(), "viewer")).status()).isEqualTo(201);
		assertThat(champion.api().post("/api/v1/invitations", body(email(), "champion")).status()).isEqualTo(403);
		String adminEmail = email();
		assertThat(champion.api().post("/api/v1/invitations", body(adminEmail, "admin")).status()).isEqualTo(403);
		assertThat(this.people.findByEmail(adminEmail)).isEmpty();

		Reply adminInvitation = invite(email(), "admin");
		assertThat(champion.api()
			.post("/api/v1/invitations/" + adminInvitation.field("id") + "/resend", Map.of())
			.status()).isEqualTo(403);
		assertThat(champion.api().delete("/api/v1/invitations/" + adminInvitation.field("id")).status()).isEqualTo(403);
		assertThat(champion.api().get("/api/v1/invitations").status()).isEqualTo(200);

		Person member = person("member");
		assertThat(member.api().post("/api/v1/invitations", body(email(), "member")).status()).isEqualTo(403);
		assertThat(member.api().get("/api/v1/invitations").status()).isEqualTo(403);
		assertThat(member.api().get("/api/v1/invitations/" + adminInvitation.field("id")).status()).isEqualTo(403);
		assertThat(this.anonymous.get("/api/v1/invitations").status()).isEqualTo(401);
	}

	@Test
	void invitationsAreListedByStatusAndAnInvitationPastItsSevenDaysIsExpiredUntilResent() {
		this.mails = InvitationMails.start();
		String email = email();
		String id = invite(email, "viewer").field("id");
		String oldSecret = this.mails.secret(email, 1);
		assertThat(listed("pending")).contains(id);

		this.jdbc.sql("update invitation set expires_at = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), UUID.fromString(id))
			.update();
		assertThat(this.admin.get("/api/v1/invitations/" + id).field("status")).isEqualTo("expired");
		assertThat(listed("expired")).contains(id);
		assertThat(listed("pending")).doesNotContain(id);
		Reply expiredPage = this.anonymous.get("/invitations/" + oldSecret);
		assertThat(expiredPage.status()).isEqualTo(410);
		assertThat(expiredPage.body()).contains("expired");

		Reply resent = this.admin.post("/api/v1/invitations/" + id + "/resend", Map.of());
		assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
		assertThat(resent.field("status")).isEqualTo("pending");
		assertThat(Instant.parse(resent.field("expiresAt"))).isAfter(Instant.now().plus(Duration.ofDays(6)));
		String newSecret = this.mails.secret(email, 2);
		assertThat(newSecret).isNotEqualTo(oldSecret);
		assertThat(this.anonymous.get("/invitations/" + oldSecret).status()).isEqualTo(404);
		assertThat(this.anonymous.get("/invitations/" + newSecret).status()).isEqualTo(200);

		Reply all = this.admin.get("/api/v1/invitations?limit=1");
		assertThat(all.json().get("items").size()).isEqualTo(1);
		assertThat(all.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(this.admin.get("/api/v1/invitations?status=lost").errorFields()).containsExactly("status");
		assertThat(this.admin.get("/api/v1/invitations?limit=0").errorFields()).containsExactly("limit");
	}

	@Test
	void aRevokedInvitationsLinkStopsWorkingAndAnAcceptedOneCannotBeResentOrRevoked() {
		this.mails = InvitationMails.start();
		String email = email();
		String id = invite(email, "member").field("id");
		String secret = this.mails.secret(email, 1);
		assertThat(this.admin.delete("/api/v1/invitations/" + id).status()).isEqualTo(204);
		assertThat(this.admin.delete("/api/v1/invitations/" + id).status()).isEqualTo(204);
		assertThat(this.admin.get("/api/v1/invitations/" + id).field("status")).isEqualTo("revoked");
		assertThat(listed("revoked")).contains(id);
		Reply revokedPage = this.anonymous.get("/invitations/" + secret);
		assertThat(revokedPage.status()).isEqualTo(410);
		assertThat(revokedPage.body()).contains("withdrawn");
		assertThat(this.admin.post("/api/v1/invitations/" + id + "/resend", Map.of()).status()).isEqualTo(409);
		assertThatThrownBy(() -> this.invitations.accept(secret, "Someone", "a-long-new-password"))
			.isInstanceOf(InvitationLinkGone.class);

		String acceptedEmail = email();
		String accepted = invite(acceptedEmail, "member").field("id");
		this.invitations.accept(this.mails.secret(acceptedEmail, 1), "Accepted Person", "a-long-new-password");
		assertThat(this.admin.get("/api/v1/invitations/" + accepted).field("status")).isEqualTo("accepted");
		assertThat(listed("accepted")).contains(accepted);
		assertThat(this.admin.post("/api/v1/invitations/" + accepted + "/resend", Map.of()).status()).isEqualTo(409);
		assertThat(this.admin.delete("/api/v1/invitations/" + accepted).status()).isEqualTo(409);

		assertThat(this.admin.get("/api/v1/invitations/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/invitations/not-an-id").status()).isEqualTo(404);
		assertThat(this.admin.delete("/api/v1/invitations/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void acceptingActivatesThePersonOnceAndASecondAcceptanceChangesNothing() {
		this.mails = InvitationMails.start();
		String email = email();
		String personId = invite(email, "member").field("personId");
		String secret = this.mails.secret(email, 1);

		assertThatThrownBy(() -> this.invitations.accept(secret, "Grace", "password"))
			.isInstanceOf(dev.lodestar.shared.InvalidInputException.class);
		assertThat(this.admin.get("/api/v1/people/" + personId).field("status"))
			.as("a refused password changes nothing")
			.isEqualTo("invited");

		dev.lodestar.organization.Person accepted = this.invitations.accept(secret, "Grace Accepted",
				"first-chosen-password");
		assertThat(accepted.status()).isEqualTo(PersonStatus.ACTIVE);
		Reply person = this.admin.get("/api/v1/people/" + personId);
		assertThat(person.field("status")).isEqualTo("active");
		assertThat(person.field("name")).isEqualTo("Grace Accepted");
		assertThat(token(email, "first-chosen-password")).isNotBlank();

		assertThatThrownBy(() -> this.invitations.accept(secret, "Mallory", "second-chosen-password"))
			.isInstanceOf(InvitationLinkGone.class)
			.extracting((ex) -> ((InvitationLinkGone) ex).reason())
			.isEqualTo(InvitationLinkGone.Reason.USED);
		assertThat(this.admin.get("/api/v1/people/" + personId).field("name")).isEqualTo("Grace Accepted");
		assertThat(this.anonymous.withBasic(email, "second-chosen-password")
			.post("/api/v1/tokens", Map.of("name", "x"))
			.status()).isEqualTo(401);
		Reply usedPage = this.anonymous.get("/invitations/" + secret);
		assertThat(usedPage.status()).isEqualTo(410);
		assertThat(usedPage.body()).contains("used already");
		assertThat(this.anonymous.get("/invitations/" + "x".repeat(43)).status()).isEqualTo(404);
		assertThat(this.anonymous.get("/invitations/forged").status()).isEqualTo(404);
	}

	@Test
	void ofTwoAcceptancesAtOnceOnlyOneWins() throws Exception {
		this.mails = InvitationMails.start();
		String email = email();
		invite(email, "member");
		String secret = this.mails.secret(email, 1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (String password : List.of("first-racing-password", "second-racing-password")) {
				Callable<String> accept = () -> {
					start.await();
					try {
						this.invitations.accept(secret, "Racer", password);
						return password;
					}
					catch (InvitationLinkGone | org.springframework.dao.ConcurrencyFailureException ex) {
						return null;
					}
				};
				results.add(threads.submit(accept));
			}
			start.countDown();
			List<String> winners = new ArrayList<>();
			for (Future<String> result : results) {
				String winner = result.get();
				if (winner != null) {
					winners.add(winner);
				}
			}
			assertThat(winners).hasSize(1);
			assertThat(token(email, winners.get(0))).isNotBlank();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anInvitationMadeWhileTheMailServerIsDownIsKeptAndMailedOnceItIsUp() {
		String email = email();
		Reply invited = invite(email, "member");
		assertThat(this.admin.get("/api/v1/invitations/" + invited.field("id")).field("status")).isEqualTo("pending");
		// Wait until the outbox has tried to send and met no server
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from scheduled_tasks where consecutive_failures > 0")
				.query(Long.class)
				.single() > 0);
		this.mails = InvitationMails.start();
		String secret = this.mails.secret(email, 1);
		assertThat(this.anonymous.get("/invitations/" + secret).status()).isEqualTo(200);
	}

	@Test
	void invitingExistingInvitedPeopleMakesOneInvitationAndMailEachInTheCallersTransaction() {
		this.mails = InvitationMails.start();
		List<PersonId> invitedIds = new ArrayList<>();
		Map<PersonId, String> emails = new HashMap<>();
		for (int i = 0; i < 3; i++) {
			String email = email();
			dev.lodestar.organization.Person person = this.people.registerInvited("Imported " + i, email, Role.MEMBER,
					List.of());
			invitedIds.add(person.id());
			emails.put(person.id(), email);
		}
		dev.lodestar.organization.Person active = this.people.get(PersonId.fromPath(person("member").id()));
		List<PersonId> asked = new ArrayList<>(invitedIds);
		asked.add(active.id());
		Actor admin = this.people.actorOf(this.people.findByEmail(ADMIN_EMAIL).orElseThrow().id());

		Integer made = this.transactions.execute((status) -> this.invitations.inviteExisting(admin, asked));
		assertThat(made).isEqualTo(3);
		for (PersonId id : invitedIds) {
			String secret = this.mails.secret(emails.get(id), 1);
			assertThat(this.invitations.open(secret).personId()).isEqualTo(id);
		}
		assertThat(this.jdbc.sql("select count(*) from invitation where person_id = ?")
			.param(active.id().value())
			.query(Long.class)
			.single()).isZero();

		// Rolled back with the caller: no invitation is left behind
		String rolledBack = email();
		dev.lodestar.organization.Person person = this.people.registerInvited("Rolled Back", rolledBack, Role.VIEWER,
				List.of());
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.invitations.inviteExisting(admin, List.of(person.id()));
			throw new IllegalStateException("the import failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.jdbc.sql("select count(*) from invitation where person_id = ?")
			.param(person.id().value())
			.query(Long.class)
			.single()).isZero();

		// Ten times the people, the same number of statements
		List<PersonId> five = invitees(5);
		List<PersonId> fifty = invitees(50);
		long few = this.queries.during(
				() -> this.transactions.executeWithoutResult((status) -> this.invitations.inviteExisting(admin, five)));
		long many = this.queries.during(() -> this.transactions
			.executeWithoutResult((status) -> this.invitations.inviteExisting(admin, fifty)));
		assertThat(many).isEqualTo(few);
	}

	private List<PersonId> invitees(int count) {
		List<PersonId> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.people.registerInvited("Batch " + i, email(), Role.MEMBER, List.of()).id());
		}
		return ids;
	}

	private List<String> listed(String status) {
		List<String> ids = new ArrayList<>();
		this.admin.get("/api/v1/invitations?limit=500&status=" + status)
			.json()
			.get("items")
			.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private Reply invite(String email, String role) {
		Reply reply = this.admin.post("/api/v1/invitations", body(email, role));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply;
	}

	private static Map<String, Object> body(String email, String role) {
		return Map.of("email", email, "name", "Invited " + role, "role", role);
	}

	private static String email() {
		return "invited-" + UUID.randomUUID() + "@lodestar.test";
	}

}
