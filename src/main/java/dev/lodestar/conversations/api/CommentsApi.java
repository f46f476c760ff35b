package dev.lodestar.conversations.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.conversations.Comment;
import dev.lodestar.conversations.CommentId;
import dev.lodestar.conversations.Comments;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/check-ins/{id}/comments}: comment on a check-in, read its comments
 * oldest first; {@code /api/v1/comments/{id}}: read or remove one.
 */
@RestController
class CommentsApi {

	private final Comments comments;

	CommentsApi(Comments comments) {
		this.comments = comments;
	}

	@ApiCreated
	@PostMapping("/api/v1/check-ins/{id}/comments")
	ResponseEntity<CommentResource> post(Actor actor, @PathVariable String id, @RequestBody NewCommentRequest body) {
		Comment comment = this.comments.post(actor, CheckInId.fromPath(id), body.body());
		return Created.at("/api/v1/comments/{id}", comment.id().toString()).body(CommentResource.of(comment));
	}

	@GetMapping("/api/v1/check-ins/{id}/comments")
	ApiListing<CommentResource> list(@PathVariable String id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing
			.of(this.comments.on(CheckInId.fromPath(id), Paging.of(limit, offset)).map(CommentResource::of));
	}

	@GetMapping("/api/v1/comments/{id}")
	CommentResource get(@PathVariable String id) {
		return CommentResource.of(this.comments.get(CommentId.fromPath(id)));
	}

	@DeleteMapping("/api/v1/comments/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id) {
		this.comments.delete(actor, CommentId.fromPath(id));
		return ResponseEntity.noContent().build();
	}

	record NewCommentRequest(String body) {
	}

	record CommentResource(CommentId id, CheckInId checkInId, PersonId authorId, String body,
			List<MentionResource> mentions, Instant createdAt) {

		static CommentResource of(Comment comment) {
			return new CommentResource(comment.id(), comment.checkInId(), comment.authorId(), comment.body(),
					comment.mentions().stream().map((m) -> new MentionResource(m.handle(), m.personId())).toList(),
					comment.createdAt());
		}

	}

	record MentionResource(String handle, PersonId personId) {
	}

}
