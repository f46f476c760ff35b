package dev.lodestar.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Completions in {@code training_completion}, one row per person and module, and the
 * people whose progress is shown, read from the organisation's tables with whether each
 * is asked to take the modules for leads (they lead a team, or they are a champion or an
 * admin). Deactivated people are left out of the progress.
 */
@Repository
class CompletionStore {

	/** Below the bind-parameter limits of every database, with room for the modules. */
	private static final int CHUNK = 10_000;

	private static final String LEADS_TOO = "(p.role in ('ADMIN', 'CHAMPION') or exists (select 1 from team_member l"
			+ " where l.person_id = p.id and l.lead = true))";

	private final JdbcClient jdbc;

	CompletionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that a person completed a module, unless they already had: the first time
	 * is kept. Answers whether this was the first time.
	 */
	boolean complete(PersonId person, String module, Instant at) {
		try {
			return insertUnlessThere(person, module, at);
		}
		catch (DuplicateKeyException ex) {
			// the same person passed the same module twice at once: the other pass is
			// kept
			return false;
		}
	}

	private boolean insertUnlessThere(PersonId person, String module, Instant at) {
		return this.jdbc.sql("""
				insert into training_completion (person_id, module_id, completed_at)
				select :person, :module, :at where not exists (
				  select 1 from training_completion where person_id = :person and module_id = :module)""")
			.param("person", person.value())
			.param("module", module)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The modules one person completed, with when. */
	Map<String, Instant> completedBy(PersonId person) {
		Map<String, Instant> completed = new HashMap<>();
		this.jdbc.sql("select module_id, completed_at from training_completion where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> completed.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
		return completed;
	}

	/** The modules each of these people completed, in one query. */
	Map<PersonId, Set<String>> completedOf(Collection<PersonId> people) {
		Map<PersonId, Set<String>> completed = new HashMap<>();
		if (people.isEmpty()) {
			return completed;
		}
		this.jdbc
			.sql("select person_id, module_id from training_completion where person_id in (:people)"
					+ " order by person_id, module_id")
			.param("people", people.stream().map(PersonId::value).toList())
			.query((rs, row) -> completed
				.computeIfAbsent(new PersonId(rs.getObject(1, UUID.class)), (key) -> new LinkedHashSet<>())
				.add(rs.getString(2)))
			.list();
		return completed;
	}

	/**
	 * How many of these people completed every module meant for them: all of
	 * {@code everyone}, and all of {@code leads} too where they lead a team or run the
	 * program. One query (per 10,000 people).
	 */
	int countDone(Collection<PersonId> people, List<String> everyone, List<String> leads) {
		List<UUID> ids = people.stream().map(PersonId::value).distinct().toList();
		int done = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			done += countDoneAmong(ids.subList(from, Math.min(ids.size(), from + CHUNK)), everyone, leads);
		}
		return done;
	}

	private int countDoneAmong(List<UUID> ids, List<String> everyone, List<String> leads) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		return count("select count(*) from person p where p.id in (:ids) and " + done(everyone, leads, params), params);
	}

	/**
	 * How many people completed every module meant for them among everyone who is not
	 * deactivated, or among the members of one team; one query.
	 */
	int countDoneIn(TeamId team, List<String> everyone, List<String> leads) {
		Map<String, Object> params = new HashMap<>();
		return count(
				"select count(*) from person p" + learnersWhere(team, params) + " and " + done(everyone, leads, params),
				params);
	}

	private int count(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	/** The condition that the person {@code p} completed every module meant for them. */
	private static String done(List<String> everyone, List<String> leads, Map<String, Object> params) {
		String everyoneDone = "1 = 1";
		if (!everyone.isEmpty()) {
			params.put("everyone", everyone);
			everyoneDone = "(select count(*) from training_completion c where c.person_id = p.id"
					+ " and c.module_id in (:everyone)) = " + everyone.size();
		}
		String leadsDone = "1 = 1";
		if (!leads.isEmpty()) {
			params.put("leads", leads);
			leadsDone = "(select count(*) from training_completion c where c.person_id = p.id"
					+ " and c.module_id in (:leads)) = " + leads.size();
		}
		return everyoneDone + " and (not " + LEADS_TOO + " or " + leadsDone + ")";
	}

	private static String learnersWhere(TeamId team, Map<String, Object> params) {
		if (team == null) {
			return " where p.status <> 'DEACTIVATED'";
		}
		params.put("team", team.value());
		return " where p.status <> 'DEACTIVATED'"
				+ " and exists (select 1 from team_member m where m.person_id = p.id and m.team_id = :team)";
	}

	/**
	 * A page of the people whose progress is shown, by name: everyone who is not
	 * deactivated, or the members (and leads) of one team.
	 */
	ResultPage<Learner> learners(TeamId team, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = learnersWhere(team, params);
		long total = this.jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
		List<Learner> items = new ArrayList<>();
		if (total > paging.offset()) {
			params.put("limit", paging.limit());
			params.put("offset", paging.offset());
			items = this.jdbc
				.sql("select p.id, p.name, case when " + LEADS_TOO + " then 1 else 0 end as leads from person p" + where
						+ " order by p.name, p.id limit :limit offset :offset")
				.params(params)
				.query((rs, row) -> new Learner(new PersonId(rs.getObject(1, UUID.class)), rs.getString(2),
						rs.getInt(3) == 1))
				.list();
		}
		return new ResultPage<>(items, total);
	}

	/** A person whose progress is shown, and whether the modules for leads are theirs. */
	record Learner(PersonId id, String name, boolean leads) {
	}

}
