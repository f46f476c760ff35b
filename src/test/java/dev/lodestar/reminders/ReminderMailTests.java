package dev.lodestar.reminders;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in reminders reach a real SMTP server: the right people, once a week, in text
 * and HTML, with links straight to each check-in.
 */
class ReminderMailTests extends ReminderTest {

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ownersWaitingOnACheckInGetOneMailListingTheirKeyResultsWithLinks() throws Exception {
		startSmtp();
		Person owner = person("member");
		String objective = objective(cycle("execute"), null);
		String first = keyResult(objective, owner.id());
		String second = keyResult(objective, owner.id());
		makeRemindersDue();

		this.reminders.sweep();

		List<MimeMessage> mail = mailTo(owner.email(), 1);
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("Time to check in: 2 key results wait for you");
		String text = part(mail.get(0), "text/plain");
		String html = part(mail.get(0), "text/html");
		assertThat(text).contains("Weekly active teams (Delight our customers)")
			.contains("http://localhost:8080/key-results/" + first + "#check-in")
			.contains("http://localhost:8080/key-results/" + second + "#check-in")
			.contains("My week: http://localhost:8080/")
			.contains("http://localhost:8080/profile/reminders");
		assertThat(html).contains("<a href=\"http://localhost:8080/key-results/" + first + "#check-in\">")
			.contains("<a href=\"http://localhost:8080/\">Open My week</a>")
			.contains("<a href=\"http://localhost:8080/profile/reminders\">");
	}

	@Test
	void anOwnerWhoCheckedInThisWeekAndAMemberWhoTurnedRemindersOffGetNone() {
		startSmtp();
		Person waiting = person("member");
		Person checkedIn = person("member");
		Person off = person("member");
		Person viewer = person("viewer");
		String objective = objective(cycle("execute"), null);
		keyResult(objective, waiting.id());
		checkIn(checkedIn, keyResult(objective, checkedIn.id()));
		keyResult(objective, off.id());
		keyResult(objective, viewer.id());
		prefer(off, "off");
		makeRemindersDue();

		this.reminders.sweep();

		assertThat(mailTo(waiting.email(), 1)).hasSize(1);
		assertThat(received(checkedIn.email())).isEmpty();
		assertThat(received(off.email())).isEmpty();
		assertThat(received(viewer.email())).isEmpty();
	}

	@Test
	void onlyCyclesInExecuteRemindAndNothingGoesOutBeforeTheCheckInMoment() {
		startSmtp();
		// before the owners exist, so that the scheduled sweep cannot remind them
		// meanwhile
		makeRemindersNotDueYet();
		Person owner = person("member");
		Person setting = person("member");
		keyResult(objective(cycle("execute"), null), owner.id());
		keyResult(objective(cycle("set"), null), setting.id());

		this.reminders.sweep();
		pause(1500);
		assertThat(received(owner.email())).isEmpty();

		makeRemindersDue();
		this.reminders.sweep();
		this.reminders.sweep();
		assertThat(mailTo(owner.email(), 1)).hasSize(1);
		assertThat(received(setting.email())).isEmpty();
	}

	@Test
	void sendingNowAnswersTheCountRemindsEveryoneWaitingAndCountsAsTheWeeksReminder() {
		startSmtp();
		Person one = person("member");
		Person other = person("member");
		Person off = person("member");
		Person champion = person("champion");
		String objective = objective(cycle("execute"), null);
		keyResult(objective, one.id());
		keyResult(objective, other.id());
		keyResult(objective, off.id());
		prefer(off, "off");
		makeRemindersNotDueYet();

		Reply sent = champion.api().post("/api/v1/reminders/check-ins", null);

		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(mailTo(one.email(), 1)).hasSize(1);
		assertThat(mailTo(other.email(), 1)).hasSize(1);
		assertThat(received(off.email())).isEmpty();
		makeRemindersDue();
		this.reminders.sweep();
		assertThat(mailTo(one.email(), 1)).hasSize(1);
	}

	@Test
	void everyOtherWeekSkipsTheWeekAfterAReminder() {
		startSmtp();
		Person remindedLastWeek = person("member");
		Person remindedTwoWeeksAgo = person("member");
		String objective = objective(cycle("execute"), null);
		keyResult(objective, remindedLastWeek.id());
		keyResult(objective, remindedTwoWeeksAgo.id());
		prefer(remindedLastWeek, "biweekly");
		prefer(remindedTwoWeeksAgo, "biweekly");
		remindedAgo(remindedLastWeek, 7);
		remindedAgo(remindedTwoWeeksAgo, 14);
		makeRemindersDue();

		this.reminders.sweep();

		assertThat(mailTo(remindedTwoWeeksAgo.email(), 1)).hasSize(1);
		assertThat(received(remindedLastWeek.email())).isEmpty();
	}

	@Test
	void sendingNowIsForAdminsAndChampionsOnly() {
		Person member = person("member");
		Reply refused = member.api().post("/api/v1/reminders/check-ins", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(person("viewer").api().post("/api/v1/reminders/check-ins", null).status()).isEqualTo(403);
		assertThat(this.anonymous.post("/api/v1/reminders/check-ins", null).status()).isEqualTo(401);
	}

	@Test
	void aReminderSentWhileTheMailServerIsDownArrivesOnceItIsUp() {
		Person owner = person("member");
		keyResult(objective(cycle("execute"), null), owner.id());
		makeRemindersDue();

		this.reminders.sweep();
		pause(1500);
		startSmtp();

		assertThat(mailTo(owner.email(), 1)).hasSize(1);
	}

	@Test
	void sendingNowWhileTheMailServerIsDownStillAnswers() {
		Person owner = person("member");
		keyResult(objective(cycle("execute"), null), owner.id());

		Reply sent = this.admin.post("/api/v1/reminders/check-ins", null);

		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isPositive();
		startSmtp();
		assertThat(mailTo(owner.email(), 1)).hasSize(1);
	}

	private void remindedAgo(Person person, int days) {
		Instant then = Instant.now().minus(Duration.ofDays(days));
		this.jdbc.sql("insert into reminder_sent (person_id, week, sent_at) values (:person, :week, :then)")
			.param("person", UUID.fromString(person.id()))
			.param("week",
					LocalDate.ofInstant(then, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
			.param("then", Timestamp.from(then))
			.update();
	}

	private static String part(MimeMessage mail, String type) throws Exception {
		return find((MimeMultipart) mail.getContent(), type);
	}

	private static String find(MimeMultipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
			else if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
		}
		return null;
	}

}
