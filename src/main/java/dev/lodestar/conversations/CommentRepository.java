package dev.lodestar.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.objectives.CheckInId;
import dev.lodestar.organization.PersonId;

/**
 * Comments and their mentions, in explicit SQL: a page of comments is read in two
 * statements (the comments, then the mentions of all of them), however many there are.
 */
@Repository
class CommentRepository {

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Comment comment) {
		this.jdbc.sql("""
				insert into check_in_comment (id, check_in_id, author_id, body, created_at)
				values (:id, :checkIn, :author, :body, :created)""")
			.param("id", comment.id().value())
			.param("checkIn", comment.checkInId().value())
			.param("author", comment.authorId().value())
			.param("body", comment.body())
			.param("created", Timestamp.from(comment.createdAt()))
			.update();
		for (Comment.Mention mention : comment.mentions()) {
			this.jdbc.sql("insert into check_in_comment_mention (comment_id, handle, person_id) values (:id, :h, :p)")
				.param("id", comment.id().value())
				.param("h", mention.handle())
				.param("p", mention.personId().value())
				.update();
		}
	}

	Optional<Comment> findById(CommentId id) {
		return this.jdbc.sql("select * from check_in_comment where id = :id")
			.param("id", id.value())
			.query(CommentRepository::comment)
			.optional()
			.map((comment) -> withMentions(List.of(comment)).get(0));
	}

	List<Comment> findByCheckIn(CheckInId checkIn, int limit, long offset) {
		return withMentions(this.jdbc.sql("""
				select * from check_in_comment where check_in_id = :checkIn
				order by created_at, id limit :limit offset :offset""")
			.param("checkIn", checkIn.value())
			.param("limit", limit)
			.param("offset", offset)
			.query(CommentRepository::comment)
			.list());
	}

	long countByCheckIn(CheckInId checkIn) {
		return this.jdbc.sql("select count(*) from check_in_comment where check_in_id = :checkIn")
			.param("checkIn", checkIn.value())
			.query(Long.class)
			.single();
	}

	Map<CheckInId, Integer> countByCheckIns(Collection<CheckInId> checkIns) {
		Map<CheckInId, Integer> counts = new HashMap<>();
		if (checkIns.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select check_in_id, count(*) as comments from check_in_comment
				where check_in_id in (:ids) group by check_in_id""")
			.param("ids", checkIns.stream().map(CheckInId::value).toList())
			.query((rs, row) -> counts.put(new CheckInId(rs.getObject("check_in_id", UUID.class)),
					rs.getInt("comments")))
			.list();
		return counts;
	}

	void delete(CommentId id) {
		this.jdbc.sql("delete from check_in_comment where id = :id").param("id", id.value()).update();
	}

	private List<Comment> withMentions(List<Comment> comments) {
		if (comments.isEmpty()) {
			return comments;
		}
		Map<UUID, List<Comment.Mention>> mentions = new HashMap<>();
		this.jdbc.sql("select * from check_in_comment_mention where comment_id in (:ids) order by handle")
			.param("ids", comments.stream().map((comment) -> comment.id().value()).toList())
			.query((rs, row) -> mentions
				.computeIfAbsent(rs.getObject("comment_id", UUID.class), (id) -> new ArrayList<>())
				.add(new Comment.Mention(rs.getString("handle"), new PersonId(rs.getObject("person_id", UUID.class)))))
			.list();
		return comments.stream()
			.map((c) -> new Comment(c.id(), c.checkInId(), c.authorId(), c.body(),
					mentions.getOrDefault(c.id().value(), List.of()), c.createdAt()))
			.toList();
	}

	private static Comment comment(ResultSet rs, int row) throws SQLException {
		UUID author = rs.getObject("author_id", UUID.class);
		return new Comment(new CommentId(rs.getObject("id", UUID.class)),
				new CheckInId(rs.getObject("check_in_id", UUID.class)), (author != null) ? new PersonId(author) : null,
				rs.getString("body"), List.of(), rs.getTimestamp("created_at").toInstant());
	}

}
