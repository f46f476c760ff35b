package dev.lodestar.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.organization.PersonId;

/**
 * Finds everyone waiting on a check-in, in two queries however many they are: the
 * objectives module's {@link KeyResultQueries#waitingForCheckIn key results waiting},
 * those of cycles in execute (archived objectives left out) with no check-in since the
 * week started, whose owners are not viewers (they cannot check in); then, once someone
 * waits, what the reminders know of everyone (their preference, their last reminder and
 * whether they had this week's).
 */
@Component
@Transactional(readOnly = true)
class WaitingOwners {

	private static final String REMINDED = """
			select p.id as person_id, rp.frequency, ls.last_sent, w.person_id as this_week
			from person p
			left join reminder_preference rp on rp.person_id = p.id
			left join (select person_id, max(sent_at) as last_sent from reminder_sent group by person_id) ls
			on ls.person_id = p.id
			left join reminder_sent w on w.person_id = p.id and w.week = :week
			where rp.person_id is not null or ls.person_id is not null""";

	private static final Reminded NEVER = new Reminded(ReminderFrequency.WEEKLY, null, false);

	private final KeyResultQueries keyResults;

	private final JdbcClient jdbc;

	WaitingOwners(KeyResultQueries keyResults, JdbcClient jdbc) {
		this.keyResults = keyResults;
		this.jdbc = jdbc;
	}

	List<WaitingOwner> in(CheckInWeek week) {
		List<KeyResultQueries.Waiting> waiting = this.keyResults.waitingForCheckIn(week.start());
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<PersonId, Reminded> reminded = reminded(week);
		Map<PersonId, List<WaitingOwner.WaitingKeyResult>> byOwner = new LinkedHashMap<>();
		Map<PersonId, KeyResultQueries.Waiting> owners = new HashMap<>();
		for (KeyResultQueries.Waiting one : waiting) {
			owners.putIfAbsent(one.ownerId(), one);
			byOwner.computeIfAbsent(one.ownerId(), (id) -> new ArrayList<>())
				.add(new WaitingOwner.WaitingKeyResult(one.id(), one.title(), one.objectiveTitle()));
		}
		List<WaitingOwner> found = new ArrayList<>();
		byOwner.forEach((id, theirs) -> {
			KeyResultQueries.Waiting owner = owners.get(id);
			Reminded state = reminded.getOrDefault(id, NEVER);
			found.add(new WaitingOwner(id, owner.ownerName(), owner.ownerEmail(), state.frequency(), state.lastSent(),
					state.thisWeek(), List.copyOf(theirs)));
		});
		return found;
	}

	/** What the reminders know of everyone who set a preference or had a reminder. */
	private Map<PersonId, Reminded> reminded(CheckInWeek week) {
		Map<PersonId, Reminded> reminded = new HashMap<>();
		this.jdbc.sql(REMINDED).param("week", week.monday()).query((RowCallbackHandler) (rs) -> {
			String frequency = rs.getString("frequency");
			Timestamp lastSent = rs.getTimestamp("last_sent");
			reminded.put(new PersonId(rs.getObject("person_id", UUID.class)),
					new Reminded((frequency != null) ? ReminderFrequency.valueOf(frequency) : ReminderFrequency.WEEKLY,
							(lastSent != null) ? lastSent.toInstant() : null, rs.getObject("this_week") != null));
		});
		return reminded;
	}

	/**
	 * A person's reminder preference, last reminder, and whether they had this week's.
	 */
	private record Reminded(ReminderFrequency frequency, Instant lastSent, boolean thisWeek) {
	}

}
