package dev.lodestar.rhythm;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;

/**
 * Sends each team's Friday digest of the week's wins to its members, once per team and
 * week: on Friday from the program's check-in time on (organisation time zone) until the
 * week ends, or now when an admin or champion asks. A team without a win that week sends
 * nothing. Each team's digest is claimed, and its mail posted, in a transaction of its
 * own.
 */
@Service
public class FridayDigests {

	private final TeamWeeks weeks;

	private final Teams teams;

	private final People people;

	private final Outbox outbox;

	private final DigestLedger ledger;

	private final WeekClock clock;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	FridayDigests(TeamWeeks weeks, Teams teams, People people, Outbox outbox, DigestLedger ledger, WeekClock clock,
			PlatformTransactionManager transactions, @Value("${lodestar.base-url}") String baseUrl) {
		this.weeks = weeks;
		this.teams = teams;
		this.people = people;
		this.outbox = outbox;
		this.ledger = ledger;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * What the scheduled sweep does at {@code now}: sends the digests of the week not
	 * sent yet, once Friday's check-in time has come. Answers how many mails were posted.
	 */
	public int sweep(Instant now) {
		ProgramSettings settings = this.clock.settings();
		Week week = Week.of(settings, now);
		Instant due = ZonedDateTime.of(week.friday(), settings.checkInTime(), settings.timeZone()).toInstant();
		return now.isBefore(due) ? 0 : send(week, now);
	}

	/** Sends this week's digests not sent yet, now; for admins and champions. */
	public int sendNow(Actor actor) {
		actor.require(actor.runsProgram(), "send the Friday digests");
		return send(this.clock.thisWeek(), this.clock.now());
	}

	private int send(Week week, Instant now) {
		if (!this.outbox.sends()) {
			// mail is off: nothing is posted or recorded, so turning it on still sends
			// the week's digests
			return 0;
		}
		Set<TeamId> sent = this.ledger.sent(week);
		int mails = 0;
		for (Team team : this.teams.all()) {
			if (!sent.contains(team.id())) {
				Integer posted = this.transactions.execute((status) -> sendOne(team.id(), week, now, status));
				mails += (posted != null) ? posted : 0;
			}
		}
		return mails;
	}

	private int sendOne(TeamId team, Week week, Instant now, TransactionStatus status) {
		if (!this.ledger.claim(team, week, now)) {
			status.setRollbackOnly();
			return 0;
		}
		TeamWeek teamWeek = this.weeks.week(null, team, week);
		if (teamWeek.wins().isEmpty()) {
			status.setRollbackOnly();
			return 0;
		}
		Collection<String> emails = this.people.emails(teamWeek.team().memberIds()).values();
		emails.forEach((email) -> this.outbox.post(DigestMail.to(email, teamWeek, this.baseUrl)));
		return emails.size();
	}

}
