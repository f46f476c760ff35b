package dev.lodestar.conversations.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.conversations.Comment;
import dev.lodestar.conversations.Comments;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Puts a check-in's thread together: its comments and the names of everyone who wrote or
 * is mentioned in them, in a fixed number of queries.
 */
@Component
class Threads {

	private final Comments comments;

	private final People people;

	Threads(Comments comments, People people) {
		this.comments = comments;
		this.people = people;
	}

	Thread of(Actor reader, CheckInId checkIn) {
		ResultPage<Comment> page = this.comments.on(checkIn, new Paging(Paging.MAX_LIMIT, 0));
		Map<PersonId, String> names = this.people.names(peopleIn(page.items()));
		List<Thread.Line> lines = page.items().stream().map((c) -> Thread.Line.of(c, names, reader)).toList();
		return new Thread(checkIn.toString(), lines, page.total(), reader.mayWrite(), "", null, false);
	}

	private static Set<PersonId> peopleIn(List<Comment> comments) {
		Set<PersonId> ids = new HashSet<>();
		for (Comment comment : comments) {
			if (comment.authorId() != null) {
				ids.add(comment.authorId());
			}
			comment.mentions().forEach((mention) -> ids.add(mention.personId()));
		}
		return ids;
	}

}
