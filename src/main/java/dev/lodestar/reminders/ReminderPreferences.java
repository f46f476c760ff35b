package dev.lodestar.reminders;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.InvalidInputException;

/**
 * How often each person wants the check-in reminder; every week until they choose.
 * Everyone chooses for themselves.
 */
@Service
@Transactional
public class ReminderPreferences {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderPreferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ReminderFrequency of(PersonId person) {
		return this.jdbc.sql("select frequency from reminder_preference where person_id = :person")
			.param("person", person.value())
			.query(String.class)
			.optional()
			.map(ReminderFrequency::valueOf)
			.orElse(ReminderFrequency.WEEKLY);
	}

	/** Sets the signed-in person's own preference. */
	public ReminderFrequency choose(Actor actor, ReminderFrequency frequency) {
		if (frequency == null) {
			throw InvalidInputException.of("frequency", "must be one of weekly, biweekly, off");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		int changed = this.jdbc
			.sql("update reminder_preference set frequency = :frequency, changed_at = :now where person_id = :person")
			.param("frequency", frequency.name())
			.param("now", now)
			.param("person", actor.personId().value())
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into reminder_preference (person_id, frequency, changed_at)
					values (:person, :frequency, :now)""")
				.param("person", actor.personId().value())
				.param("frequency", frequency.name())
				.param("now", now)
				.update();
		}
		return frequency;
	}

}
