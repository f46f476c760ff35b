package dev.lodestar.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInId;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MentionsTests {

	@Test
	void aMentionIsAnAtThatStartsAWordFollowedByTheStartOfAnAddressOrAWholeOne() {
		assertThat(Mentions.handlesIn("@Ada.Lovelace, see this. Ask @grace@navy.example too; @ada.lovelace again."))
			.containsExactly("ada.lovelace", "grace@navy.example");
		assertThat(Mentions.handlesIn("Mail ada@example.com or call me @ 5")).isEmpty();
		assertThat(Mentions.handlesIn("(@linus_t) and \"@marie-curie\"")).containsExactly("linus_t", "marie-curie");
	}

	@Test
	void mentionsShowAsNamesAndHandlesOfNoOneStayText() {
		assertThat(Mentions.parts("Thanks @ada, not @nobody.", Map.of("ada", "Ada Lovelace"))).containsExactly(
				new Mentions.Part("Thanks ", false), new Mentions.Part("@Ada Lovelace", true),
				new Mentions.Part(", not @nobody.", false));
		assertThat(Mentions.parts("@ADA", Map.of("ada", "Ada"))).containsExactly(new Mentions.Part("@Ada", true));
	}

	@Test
	void aCommentIsOneToTwoThousandCharactersAsPeopleCountThem() {
		assertThat(Comment.checkBody("  Fine  ")).isEqualTo("Fine");
		assertThat(Comment.checkBody("🎉".repeat(2_000))).hasSize(4_000);
		for (String refused : new String[] { null, " \n ", "x".repeat(2_001), "a\u0000" }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Comment.checkBody(refused))
				.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("body"));
		}
	}

	@Test
	void eachPersonHearsOfACommentOnceForTheFirstReasonAndTheAuthorNever() {
		PersonId author = PersonId.random();
		PersonId owner = PersonId.random();
		PersonId checkedIn = PersonId.random();
		PersonId mentioned = PersonId.random();
		Comment comment = Comment.write(CheckInId.random(), author, "Hi", List.of(new Comment.Mention("m", mentioned),
				new Comment.Mention("c", checkedIn), new Comment.Mention("a", author)), Instant.now());
		CommentPosted posted = new CommentPosted(comment, checkIn(checkedIn), keyResult(owner));

		assertThat(posted.audience()).containsExactly(Map.entry(mentioned, CommentPosted.Reason.MENTIONED),
				Map.entry(checkedIn, CommentPosted.Reason.MENTIONED),
				Map.entry(owner, CommentPosted.Reason.YOUR_KEY_RESULT));
		assertThat(new CommentPosted(Comment.write(CheckInId.random(), author, "Hi", List.of(), Instant.now()),
				checkIn(checkedIn), keyResult(owner))
			.audience()).containsExactly(Map.entry(checkedIn, CommentPosted.Reason.YOUR_CHECK_IN),
					Map.entry(owner, CommentPosted.Reason.YOUR_KEY_RESULT));
	}

	@Test
	void aCommentIsRemovedByItsAuthorOrAnAdmin() {
		PersonId author = PersonId.random();
		Comment comment = Comment.write(CheckInId.random(), author, "Hi", List.of(), Instant.now());
		assertThat(comment.removableBy(new Actor(author, Role.MEMBER, java.util.Set.of()))).isTrue();
		assertThat(comment.removableBy(new Actor(PersonId.random(), Role.ADMIN, java.util.Set.of()))).isTrue();
		assertThat(comment.removableBy(new Actor(PersonId.random(), Role.CHAMPION, java.util.Set.of()))).isFalse();
	}

	private static CheckIn checkIn(PersonId author) {
		return CheckIn.record(null, author, 20, 7, null, null, CheckInSource.API, Instant.now());
	}

	private static KeyResult keyResult(PersonId owner) {
		return KeyResult.create(ObjectiveId.random(), "Weekly active teams", owner, KeyResultType.METRIC, 10.0, 50.0,
				null, null, Instant.now());
	}

}
