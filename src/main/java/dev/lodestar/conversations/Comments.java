package dev.lodestar.conversations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Person;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Commenting on check-ins: everyone who may write comments, everyone reads, the author or
 * an admin removes a comment. A comment and the notifications it causes are stored
 * together ({@link CommentPosted} is published inside the transaction).
 */
@Service
@Transactional
public class Comments {

	private final CommentRepository comments;

	private final CheckIns checkIns;

	private final KeyResults keyResults;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Comments(CommentRepository comments, CheckIns checkIns, KeyResults keyResults, People people, Clock clock,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.checkIns = checkIns;
		this.keyResults = keyResults;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	public Comment post(Actor actor, CheckInId checkInId, String body) {
		actor.require(actor.mayWrite(), "comment on check-ins");
		CheckIn checkIn = this.checkIns.get(checkInId);
		String clean = Comment.checkBody(body);
		Comment comment = Comment.write(checkInId, actor.personId(), clean, mentionsIn(clean), this.clock.instant());
		this.comments.insert(comment);
		this.events.publishEvent(new CommentPosted(comment, checkIn, this.keyResults.get(checkIn.keyResultId())));
		return comment;
	}

	/**
	 * A check-in's comments, oldest first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Comment> on(CheckInId checkInId, Paging paging) {
		this.checkIns.get(checkInId);
		return new ResultPage<>(this.comments.findByCheckIn(checkInId, paging.limit(), paging.offset()),
				this.comments.countByCheckIn(checkInId));
	}

	@Transactional(readOnly = true)
	public Comment get(CommentId id) {
		return this.comments.findById(id).orElseThrow(() -> new NotFoundException("comment", id));
	}

	public void delete(Actor actor, CommentId id) {
		Comment comment = get(id);
		actor.require(comment.removableBy(actor), "remove this comment");
		this.comments.delete(id);
	}

	private List<Comment.Mention> mentionsIn(String body) {
		var handles = Mentions.handlesIn(body);
		if (handles.size() > Mentions.MAX) {
			throw InvalidInputException.of("body", "may mention at most " + Mentions.MAX + " people");
		}
		List<Comment.Mention> mentions = new ArrayList<>();
		for (String handle : handles) {
			List<Person> named = this.people.byHandle(handle);
			if (named.size() > 1) {
				throw InvalidInputException.of("body",
						"@" + handle + " could be more than one person; write their whole email address, as in @"
								+ handle + "@example.com");
			}
			named.forEach((person) -> mentions.add(new Comment.Mention(handle, person.id())));
		}
		return mentions;
	}

}
