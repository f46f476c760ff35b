package dev.lodestar.rhythm.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.rhythm.FridayDigests;
import dev.lodestar.rhythm.Kudos;
import dev.lodestar.rhythm.KudosWall;
import dev.lodestar.rhythm.TeamWeeks;
import dev.lodestar.rhythm.Week;
import dev.lodestar.rhythm.api.WeekResource.KudosResource;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/kudos}: give kudos within a team, list a team's kudos of a week; and
 * {@code /api/v1/rhythm/digests}, which sends this week's Friday digests now.
 */
@RestController
class KudosApi {

	private final KudosWall kudos;

	private final TeamWeeks weeks;

	private final Teams teams;

	private final People people;

	private final FridayDigests digests;

	KudosApi(KudosWall kudos, TeamWeeks weeks, Teams teams, People people, FridayDigests digests) {
		this.kudos = kudos;
		this.weeks = weeks;
		this.teams = teams;
		this.people = people;
		this.digests = digests;
	}

	@ApiCreated
	@PostMapping("/api/v1/kudos")
	ResponseEntity<KudosResource> give(Actor actor, @RequestBody NewKudosRequest body) {
		TeamId team = (body.teamId() != null) ? TeamId.fromField("teamId", body.teamId()) : null;
		PersonId to = (body.toId() != null) ? PersonId.fromField("toId", body.toId()) : null;
		Kudos given = this.kudos.give(actor, team, to, body.message());
		Map<PersonId, String> names = this.people.names(List.of(given.fromId(), given.toId()));
		return Created.at("/api/v1/kudos?teamId={teamId}&week={week}", given.teamId(), given.week())
			.body(KudosResource.of(given, names.get(given.fromId()), names.get(given.toId())));
	}

	@GetMapping("/api/v1/kudos")
	ApiListing<KudosResource> list(@RequestParam(required = false) String teamId,
			@RequestParam(required = false) String week, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		if (teamId == null || teamId.isBlank()) {
			throw InvalidInputException.of("teamId", "is required");
		}
		TeamId team = TeamId.fromField("teamId", teamId);
		if (!this.teams.exists(team)) {
			throw new NotFoundException("team", team);
		}
		Week chosen = (week != null) ? Week.parse("week", week) : this.weeks.thisWeek();
		List<Kudos> all = this.kudos.of(team, chosen);
		Paging paging = Paging.of(limit, offset);
		List<Kudos> page = all.stream().skip(paging.offset()).limit(paging.limit()).toList();
		Map<PersonId, String> names = this.people
			.names(page.stream().flatMap((each) -> java.util.stream.Stream.of(each.fromId(), each.toId())).toList());
		return new ApiListing<>(page.stream()
			.map((each) -> KudosResource.of(each, names.get(each.fromId()), names.get(each.toId())))
			.toList(), all.size());
	}

	@PostMapping("/api/v1/rhythm/digests")
	DigestsSent sendDigests(Actor actor) {
		return new DigestsSent(this.digests.sendNow(actor));
	}

	record DigestsSent(int sent) {
	}

	record NewKudosRequest(String toId, String teamId, String message) {
	}

}
