package dev.lodestar.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Program;

/**
 * Sends the check-in reminders. The {@link #sweep() sweep} sends the week's automatic
 * reminders once they are due; {@link #sendNow sending now} reminds everyone waiting at
 * once. Each reminder is recorded per person and week together with posting its mail, in
 * one transaction: the unique key on (person, week) lets only one of several instances
 * (or sweeps) record it, and the others skip that person.
 */
@Service
public class Reminders {

	private final WaitingOwners waiting;

	private final Program program;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	Reminders(WaitingOwners waiting, Program program, Outbox outbox, JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactions, @Value("${lodestar.base-url}") String baseUrl) {
		this.waiting = waiting;
		this.program = program;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.baseUrl = baseUrl;
	}

	/**
	 * Whether reminders go out: not while mail is off (no SMTP server configured), when
	 * neither the sweep nor {@link #sendNow} sends or records any.
	 */
	public boolean mailed() {
		return this.outbox.sends();
	}

	/**
	 * Sends the automatic reminders that are due: none before the week's check-in moment;
	 * from then on, to everyone waiting who has not had this week's reminder and whose
	 * preference allows one. Answers how many went out.
	 */
	public int sweep() {
		if (!mailed()) {
			// nothing recorded either, so that mail turned on later in the week still
			// reminds
			return 0;
		}
		CheckInWeek week = CheckInWeek.of(this.program.settings(), this.clock.instant());
		return week.remindersDue() ? remindDue(this.waiting.in(week), week) : 0;
	}

	/**
	 * Sends the week's automatic reminder to those of {@code owners} who are due one,
	 * skipping whoever another sweep reminded meanwhile.
	 */
	int remindDue(List<WaitingOwner> owners, CheckInWeek week) {
		int sent = 0;
		for (WaitingOwner owner : owners) {
			if (owner.dueAt(week.now()) && remindOnce(owner, week)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Reminds everyone waiting on a check-in now, whatever the day, unless they turned
	 * reminders off; admins and champions may. It counts as the week's reminder: whoever
	 * had none this week gets no automatic one later in the week. Answers how many went
	 * out.
	 */
	public int sendNow(Actor actor) {
		actor.require(actor.runsProgram(), "send the check-in reminders");
		if (!mailed()) {
			return 0;
		}
		CheckInWeek week = CheckInWeek.of(this.program.settings(), this.clock.instant());
		int sent = 0;
		for (WaitingOwner owner : this.waiting.in(week)) {
			if (owner.wantsReminders()) {
				if (owner.remindedThisWeek() || !remindOnce(owner, week)) {
					this.transactions.executeWithoutResult((status) -> post(owner));
				}
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Records this week's reminder of a person and posts it, or does neither when another
	 * sweep recorded it first (or is recording it at this moment: should that one roll
	 * back, the next sweep sends it).
	 */
	private boolean remindOnce(WaitingOwner owner, CheckInWeek week) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				record(owner, week.monday(), week.now());
				post(owner);
			});
			return true;
		}
		catch (DuplicateKeyException | ConcurrencyFailureException recordedElsewhere) {
			return false;
		}
	}

	private void record(WaitingOwner owner, LocalDate week, Instant now) {
		this.jdbc.sql("insert into reminder_sent (person_id, week, sent_at) values (:person, :week, :now)")
			.param("person", owner.id().value())
			.param("week", week)
			.param("now", Timestamp.from(now))
			.update();
	}

	private void post(WaitingOwner owner) {
		this.outbox.post(ReminderMail.to(owner, this.baseUrl));
	}

}
