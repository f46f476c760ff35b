package dev.lodestar.surveys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.ConflictException;

/**
 * Surveys in {@code survey}, their questions in {@code survey_question}, who answered in
 * {@code survey_participation} and the answers, with no link to who gave them, in
 * {@code survey_answer}.
 */
@Repository
class SurveyStore {

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(CycleId cycle) {
		return this.jdbc.sql("select count(*) from survey where cycle_id = :cycle")
			.param("cycle", cycle.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Creates a cycle's survey with its first questions, in a savepoint of its own: a
	 * {@link DuplicateKeyException} says that someone else just created it, and leaves
	 * the caller's transaction usable (PostgreSQL refuses every further statement of a
	 * transaction after a failed one unless it is rolled back to a savepoint).
	 */
	@Transactional(propagation = Propagation.NESTED)
	public void create(CycleId cycle, List<SurveyQuestion> questions) {
		this.jdbc.sql("insert into survey (cycle_id, version) values (:cycle, 0)")
			.param("cycle", cycle.value())
			.update();
		insert(cycle, questions);
	}

	/** Locks a cycle's survey until the transaction ends; false when it has none. */
	boolean lock(CycleId cycle) {
		return !this.jdbc.sql("select cycle_id from survey where cycle_id = :cycle for update")
			.param("cycle", cycle.value())
			.query(UUID.class)
			.list()
			.isEmpty();
	}

	List<SurveyQuestion> questions(CycleId cycle) {
		return this.jdbc
			.sql("select id, position, text, kind from survey_question where cycle_id = :cycle order by position")
			.param("cycle", cycle.value())
			.query((rs, row) -> new SurveyQuestion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					QuestionKind.valueOf(rs.getString(4))))
			.list();
	}

	/**
	 * Replaces the questions: those kept are reworded and moved, the others removed, new
	 * ones added.
	 */
	void replace(CycleId cycle, List<SurveyQuestion> questions) {
		List<UUID> kept = questions.stream().map(SurveyQuestion::id).toList();
		this.jdbc
			.sql("delete from survey_question where cycle_id = :cycle"
					+ (kept.isEmpty() ? "" : " and id not in (:ids)"))
			.param("cycle", cycle.value())
			.param("ids", kept.isEmpty() ? List.of(UUID.randomUUID()) : kept)
			.update();
		Set<UUID> existing = new HashSet<>(this.jdbc.sql("select id from survey_question where cycle_id = :cycle")
			.param("cycle", cycle.value())
			.query(UUID.class)
			.list());
		List<SurveyQuestion> added = new ArrayList<>();
		for (SurveyQuestion question : questions) {
			if (existing.contains(question.id())) {
				this.jdbc
					.sql("update survey_question set position = :position, text = :text, kind = :kind where id = :id")
					.param("position", question.position())
					.param("text", question.text())
					.param("kind", question.kind().name())
					.param("id", question.id())
					.update();
			}
			else {
				added.add(question);
			}
		}
		insert(cycle, added);
		this.jdbc.sql("update survey set version = version + 1 where cycle_id = :cycle")
			.param("cycle", cycle.value())
			.update();
	}

	private void insert(CycleId cycle, List<SurveyQuestion> questions) {
		for (SurveyQuestion question : questions) {
			this.jdbc.sql("""
					insert into survey_question (id, cycle_id, position, text, kind)
					values (:id, :cycle, :position, :text, :kind)""")
				.param("id", question.id())
				.param("cycle", cycle.value())
				.param("position", question.position())
				.param("text", question.text())
				.param("kind", question.kind().name())
				.update();
		}
	}

	int responses(CycleId cycle) {
		return this.jdbc.sql("select count(*) from survey_participation where cycle_id = :cycle")
			.param("cycle", cycle.value())
			.query(Integer.class)
			.single();
	}

	/** Which of some cycles a person has answered the survey of, in one query. */
	Set<CycleId> answeredBy(PersonId person, Collection<CycleId> cycles) {
		if (cycles.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select cycle_id from survey_participation where person_id = :person and cycle_id in (:cycles)")
			.param("person", person.value())
			.param("cycles", cycles.stream().map(CycleId::value).toList())
			.query((rs, row) -> new CycleId(rs.getObject(1, UUID.class)))
			.list());
	}

	/**
	 * Notes that a person answered, refusing a second time; the answers are stored
	 * separately with {@link #answer}.
	 */
	void participate(CycleId cycle, PersonId person) {
		try {
			this.jdbc.sql("insert into survey_participation (cycle_id, person_id) values (:cycle, :person)")
				.param("cycle", cycle.value())
				.param("person", person.value())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw alreadyAnswered();
		}
	}

	static ConflictException alreadyAnswered() {
		return new ConflictException("You have already answered this survey; each person answers once.");
	}

	void answer(UUID question, Integer value, String text) {
		this.jdbc
			.sql("insert into survey_answer (id, question_id, rating, text) values (:id, :question, :value, :text)")
			.param("id", UUID.randomUUID())
			.param("question", question)
			.param("value", value)
			.param("text", text)
			.update();
	}

	/**
	 * The questions with their answers and the number of responses, in one query: scale
	 * answers counted per value, texts in alphabetical order.
	 */
	Tally tally(CycleId cycle) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		int[] responded = { 0 };
		this.jdbc.sql("""
				select (select count(*) from survey_participation p where p.cycle_id = s.cycle_id) as responded,
				  q.id, q.text, q.kind, a.rating, a.text as answer
				from survey s
				left join survey_question q on q.cycle_id = s.cycle_id
				left join survey_answer a on a.question_id = q.id
				where s.cycle_id = :cycle
				order by q.position, a.text, a.rating""").param("cycle", cycle.value()).query((rs) -> {
			responded[0] = rs.getInt("responded");
			UUID id = rs.getObject("id", UUID.class);
			if (id == null) {
				return;
			}
			Row row = rows.computeIfAbsent(id,
					(key) -> new Row(key, getString(rs, "text"), QuestionKind.valueOf(getString(rs, "kind"))));
			int value = rs.getInt("rating");
			if (!rs.wasNull()) {
				row.distribution.merge(value, 1, Integer::sum);
				row.count++;
				row.sum += value;
			}
			String answer = rs.getString("answer");
			if (answer != null) {
				row.texts.add(answer);
				row.count++;
			}
		});
		return new Tally(responded[0], List.copyOf(rows.values()));
	}

	private static String getString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Tally(int responded, List<Row> rows) {
	}

	static final class Row {

		final UUID id;

		final String text;

		final QuestionKind kind;

		final Map<Integer, Integer> distribution = new TreeMap<>();

		final List<String> texts = new ArrayList<>();

		int count;

		long sum;

		Row(UUID id, String text, QuestionKind kind) {
			this.id = id;
			this.text = text;
			this.kind = kind;
		}

	}

}
