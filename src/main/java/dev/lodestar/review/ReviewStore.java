package dev.lodestar.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.PersonId;

/**
 * The steps of every objective's review, in {@code objective_review_step}. Each read is
 * one statement, whatever the number of objectives asked about.
 */
@Repository
class ReviewStore {

	private final JdbcClient jdbc;

	ReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ReviewStep step) {
		this.jdbc.sql("""
				insert into objective_review_step (objective_id, action, by_id, comment_text, taken_at)
				values (:objective, :action, :by, :comment, :at)""")
			.param("objective", step.objectiveId().value())
			.param("action", step.action().name())
			.param("by", (step.by() != null) ? step.by().value() : null)
			.param("comment", step.comment())
			.param("at", Timestamp.from(step.at()))
			.update();
	}

	/** Every step of an objective's review, oldest first. */
	List<ReviewStep> history(ObjectiveId objective) {
		return this.jdbc.sql("""
				select objective_id, action, by_id, comment_text, taken_at from objective_review_step
				where objective_id = :objective order by id""")
			.param("objective", objective.value())
			.query(ReviewStore::step)
			.list();
	}

	/** The latest step of each of some objectives that has one. */
	Map<ObjectiveId, ReviewStep> latest(Collection<ObjectiveId> objectives) {
		return latest(objectives, null);
	}

	/** The latest submission of each of some objectives that has one. */
	Map<ObjectiveId, ReviewStep> latestSubmissions(Collection<ObjectiveId> objectives) {
		return latest(objectives, ReviewAction.SUBMIT);
	}

	private Map<ObjectiveId, ReviewStep> latest(Collection<ObjectiveId> objectives, ReviewAction only) {
		Map<ObjectiveId, ReviewStep> latest = new HashMap<>();
		if (objectives.isEmpty()) {
			return latest;
		}
		this.jdbc.sql("""
				select objective_id, action, by_id, comment_text, taken_at from objective_review_step
				where objective_id in (:objectives) and (:any or action = :action) order by id""")
			.param("objectives", objectives.stream().map(ObjectiveId::value).distinct().toList())
			.param("any", only == null)
			.param("action", (only != null) ? only.name() : "")
			.query(ReviewStore::step)
			.list()
			.forEach((step) -> latest.put(step.objectiveId(), step));
		return latest;
	}

	private static ReviewStep step(ResultSet rs, int row) throws SQLException {
		UUID by = rs.getObject("by_id", UUID.class);
		return new ReviewStep(new ObjectiveId(rs.getObject("objective_id", UUID.class)),
				ReviewAction.valueOf(rs.getString("action")), (by != null) ? new PersonId(by) : null,
				rs.getString("comment_text"), rs.getTimestamp("taken_at").toInstant());
	}

}
