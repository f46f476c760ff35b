package dev.lodestar.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;

/**
 * Finds everyone waiting on a check-in, in one query however many they are: the owners of
 * key results in cycles in execute (archived objectives left out) with no check-in since
 * the week started. Viewers are left out, as they cannot check in.
 */
@Component
@Transactional(readOnly = true)
class WaitingOwners {

	private static final String WAITING = """
			select p.id as person_id, p.name, p.email, rp.frequency, ls.last_sent, w.person_id as this_week,
			kr.id as key_result_id, kr.title as key_result_title, o.title as objective_title
			from key_result kr
			join objective o on o.id = kr.objective_id
			join cycle c on c.id = o.cycle_id
			join person p on p.id = kr.owner_id
			left join reminder_preference rp on rp.person_id = p.id
			left join (select person_id, max(sent_at) as last_sent from reminder_sent group by person_id) ls
			on ls.person_id = p.id
			left join reminder_sent w on w.person_id = p.id and w.week = :week
			where c.phase = 'EXECUTE' and o.status <> 'ARCHIVED' and p.role <> 'VIEWER'
			and (kr.last_check_in_at is null or kr.last_check_in_at < :weekStart)
			order by p.id, c.start_date, o.created_at, o.id, kr.created_at, kr.id""";

	private final JdbcClient jdbc;

	WaitingOwners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WaitingOwner> in(CheckInWeek week) {
		Map<UUID, Builder> owners = new LinkedHashMap<>();
		this.jdbc.sql(WAITING)
			.param("week", week.monday())
			.param("weekStart", Timestamp.from(week.start()))
			.query((ResultSet rs) -> {
				UUID person = rs.getObject("person_id", UUID.class);
				owners.computeIfAbsent(person, (id) -> Builder.of(rs)).keyResults.add(keyResult(rs));
			});
		return owners.values().stream().map(Builder::build).toList();
	}

	private static WaitingOwner.WaitingKeyResult keyResult(ResultSet rs) throws SQLException {
		return new WaitingOwner.WaitingKeyResult(new KeyResultId(rs.getObject("key_result_id", UUID.class)),
				rs.getString("key_result_title"), rs.getString("objective_title"));
	}

	/** One owner as the rows of the query bring them, one row per key result. */
	private record Builder(WaitingOwner owner, List<WaitingOwner.WaitingKeyResult> keyResults) {

		static Builder of(ResultSet rs) {
			try {
				String frequency = rs.getString("frequency");
				Timestamp lastSent = rs.getTimestamp("last_sent");
				return new Builder(new WaitingOwner(new PersonId(rs.getObject("person_id", UUID.class)),
						rs.getString("name"), rs.getString("email"),
						(frequency != null) ? ReminderFrequency.valueOf(frequency) : ReminderFrequency.WEEKLY,
						(lastSent != null) ? lastSent.toInstant() : null, rs.getObject("this_week") != null, List.of()),
						new ArrayList<>());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		WaitingOwner build() {
			WaitingOwner o = this.owner;
			return new WaitingOwner(o.id(), o.name(), o.email(), o.frequency(), o.lastReminder(), o.remindedThisWeek(),
					List.copyOf(this.keyResults));
		}

	}

}
