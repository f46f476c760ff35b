package dev.lodestar.setup;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.mail.Mail;
import dev.lodestar.mail.Outbox;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;

/**
 * Announces a cycle when it moves from prepare to set: one mail to every active
 * participant (every role but viewer), posted to the outbox in the transaction of the
 * phase change, so the mails go out only if the cycle really moved on. The cycle's row in
 * {@code cycle_announcement} is marked in that same transaction, so a cycle is announced
 * once. A champion or admin may leave a short message for it beforehand.
 * {@code lodestar.setup.announcement=false} leaves the mails out.
 */
@Component
@Transactional
public class LaunchAnnouncement {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	/** The longest message a champion may add, in characters. */
	public static final int MAX_MESSAGE = 1000;

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final People people;

	private final Program program;

	private final Outbox outbox;

	private final Teams teams;

	private final Clock clock;

	private final String baseUrl;

	private final boolean enabled;

	LaunchAnnouncement(JdbcClient jdbc, Cycles cycles, People people, Teams teams, Program program, Outbox outbox,
			Clock clock, @Value("${lodestar.base-url}") String baseUrl,
			@Value("${lodestar.setup.announcement:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.people = people;
		this.program = program;
		this.outbox = outbox;
		this.teams = teams;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.enabled = enabled;
	}

	@EventListener
	void on(CyclePhaseChanged changed) {
		if (!this.enabled || changed.from() != Phase.PREPARE || changed.to() != Phase.SET) {
			return;
		}
		if (!markAnnounced(changed.cycleId())) {
			return;
		}
		Cycle cycle = this.cycles.get(changed.cycleId());
		String message = message(changed.cycleId()).orElse(null);
		String organisation = this.program.settings().organisationName();
		List<String> addresses = this.people.participantEmails();
		Map<String, TeamId> teams = this.teams.teamsOfParticipants();
		this.outbox.postAll(addresses.stream()
			.map((address) -> mail(address, teams.get(address), cycle, message, organisation))
			.toList());
	}

	/** Marks the cycle announced; false when it was announced before. */
	private boolean markAnnounced(CycleId id) {
		int marked = this.jdbc
			.sql("update cycle_announcement set announced_at = :now where cycle_id = :cycle and announced_at is null")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("cycle", id.value())
			.update();
		if (marked == 1) {
			return true;
		}
		boolean known = this.jdbc.sql("select count(*) from cycle_announcement where cycle_id = :cycle")
			.param("cycle", id.value())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		this.jdbc.sql("insert into cycle_announcement (cycle_id, announced_at) values (:cycle, :now)")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("cycle", id.value())
			.update();
		return true;
	}

	/** The champion's message for a cycle's announcement, if one was left. */
	@Transactional(readOnly = true)
	public Optional<String> message(CycleId id) {
		return this.jdbc.sql("select message from cycle_announcement where cycle_id = :cycle")
			.param("cycle", id.value())
			.query(String.class)
			.optional();
	}

	/** Whether the cycle was announced already. */
	@Transactional(readOnly = true)
	public boolean announced(CycleId id) {
		return this.jdbc
			.sql("select count(*) from cycle_announcement where cycle_id = :cycle and announced_at is not null")
			.param("cycle", id.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Keeps a short message (blank removes it) for the announcement of a cycle still in
	 * prepare: admins and champions.
	 */
	public void leaveMessage(Actor actor, CycleId id, String message) {
		actor.require(actor.runsProgram(), "write the announcement of a cycle");
		Cycle cycle = this.cycles.get(id);
		FieldErrors errors = new FieldErrors();
		String clean = (message != null) ? message.strip() : "";
		if (clean.codePointCount(0, clean.length()) > MAX_MESSAGE) {
			errors.add("message", "must be at most " + MAX_MESSAGE + " characters");
		}
		if (cycle.phase() != Phase.PREPARE) {
			errors.add("message", "can only be changed while the cycle is in prepare");
		}
		errors.throwIfAny();
		String kept = clean.isEmpty() ? null : clean;
		int updated = this.jdbc.sql("update cycle_announcement set message = :message where cycle_id = :cycle")
			.param("message", kept)
			.param("cycle", id.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into cycle_announcement (cycle_id, message) values (:cycle, :message)")
				.param("message", kept)
				.param("cycle", id.value())
				.update();
		}
	}

	Mail mail(String address, TeamId team, Cycle cycle, String message, String organisation) {
		String subject = cycle.name() + " is open: time to set our OKRs";
		String who = (organisation != null) ? organisation : "Our organisation";
		String dates = "from " + cycle.startDate().format(DAY) + " to " + cycle.endDate().format(DAY);
		String myWeek = this.baseUrl + "/";
		String teams = (team != null) ? this.baseUrl + "/teams/" + team : this.baseUrl + "/";
		String training = this.baseUrl + "/training";
		String company = this.baseUrl + "/company?cycle=" + cycle.id();
		String steps = "What to do now:\n" + "1. Finish the training if you have not yet: " + training + "\n"
				+ "2. Read the company's objectives: " + company + "\n"
				+ "3. With your team, draft your team's objectives and key results: " + teams + "\n"
				+ "4. From now on, My week shows what waits for you: " + myWeek + "\n";
		StringBuilder text = new StringBuilder(subject).append("\n\n")
			.append(who)
			.append(" starts a new OKR cycle, ")
			.append(cycle.name())
			.append(", which runs ")
			.append(dates)
			.append(". It is now open for setting OKRs.\n\n");
		StringBuilder html = new StringBuilder("<h1>").append(HtmlUtils.htmlEscape(subject))
			.append("</h1>\n<p>")
			.append(HtmlUtils.htmlEscape(who))
			.append(" starts a new OKR cycle, <strong>")
			.append(HtmlUtils.htmlEscape(cycle.name()))
			.append("</strong>, which runs ")
			.append(HtmlUtils.htmlEscape(dates))
			.append(". It is now open for setting OKRs.</p>\n");
		if (message != null) {
			text.append(message).append("\n\n");
			html.append("<blockquote><p>")
				.append(HtmlUtils.htmlEscape(message).replace("\n", "<br>"))
				.append("</p></blockquote>\n");
		}
		text.append(steps);
		html.append("<p>What to do now:</p>\n<ol>\n")
			.append(item("Finish the training if you have not yet", training))
			.append(item("Read the company's objectives", company))
			.append(item("With your team, draft your team's objectives and key results", teams))
			.append(item("From now on, My week shows what waits for you", myWeek))
			.append("</ol>\n");
		return new Mail(address, subject, text.toString(), html.toString());
	}

	private static String item(String what, String link) {
		return "<li>" + HtmlUtils.htmlEscape(what) + ": <a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
				+ HtmlUtils.htmlEscape(link) + "</a></li>\n";
	}

}
