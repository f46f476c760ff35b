package dev.lodestar.activity.api;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.activity.Activity;
import dev.lodestar.activity.ActivityKind;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiListing;

/**
 * {@code /api/v1/activity}: the activity feed, newest first, of everything or of one team
 * ({@code ?teamId=}).
 */
@RestController
class ActivityApi {

	private final Activity activity;

	private final Teams teams;

	ActivityApi(Activity activity, Teams teams) {
		this.activity = activity;
		this.teams = teams;
	}

	@GetMapping("/api/v1/activity")
	ApiListing<EntryResource> feed(@RequestParam(required = false) String teamId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		Paging paging = Paging.of(limit, offset);
		TeamId team = (teamId != null && !teamId.isBlank()) ? TeamId.fromField("teamId", teamId) : null;
		if (team != null && !this.teams.exists(team)) {
			throw InvalidInputException.of("teamId", "is not a known team");
		}
		return ApiListing.of(this.activity.feed(team, paging).map(EntryResource::of));
	}

	record EntryResource(String id, ActivityKind kind, TeamId teamId, String teamName, PersonId actorId,
			String actorName, String subject, String detail, String sentence, String link, Instant createdAt) {

		static EntryResource of(Activity.Line line) {
			var entry = line.entry();
			return new EntryResource(entry.id().toString(), entry.kind(), entry.teamId(), line.teamName(),
					entry.actorId(), line.actorName(), entry.subject(), entry.detail(), line.sentence().text(),
					entry.link(), entry.createdAt());
		}

	}

}
