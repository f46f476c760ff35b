package dev.lodestar.rhythm.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.Kudos;
import dev.lodestar.rhythm.KudosId;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;
import dev.lodestar.rhythm.Win;
import dev.lodestar.rhythm.WinId;

/**
 * A team's week as the API shows it: priorities, last week's unfinished priorities
 * offered again, wins and kudos.
 */
record WeekResource(TeamId teamId, LocalDate week, List<PriorityResource> priorities,
		List<PriorityResource> offeredAgain, List<WinResource> wins, List<KudosResource> kudos) {

	static WeekResource of(TeamWeek week) {
		return new WeekResource(week.team().team().id(), week.week().monday(),
				week.priorities().stream().map(PriorityResource::of).toList(),
				week.offeredAgain().stream().map(PriorityResource::of).toList(),
				week.wins().stream().map((win) -> WinResource.of(win, week.name(win.authorId()))).toList(),
				week.kudos()
					.stream()
					.map((kudos) -> KudosResource.of(kudos, week.name(kudos.fromId()), week.name(kudos.toId())))
					.toList());
	}

	/**
	 * One win; the fields that do not apply to its kind are left out.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WinResource(String kind, Instant at, KeyResultId keyResultId, String title, Double from, Double to,
			Double fromProgress, Double toProgress, String unit, WinId id, String text, PersonId authorId,
			String authorName) {

		static WinResource of(Win win, String authorName) {
			boolean written = win.kind() == Win.Kind.WRITTEN;
			return new WinResource(win.kind().value(), win.at(), win.keyResultId(), written ? null : win.title(),
					win.from(), win.to(), win.fromProgress(), win.toProgress(), win.unit(), win.writtenId(),
					written ? win.title() : null, win.authorId(), written ? authorName : null);
		}

	}

	/**
	 * Kudos as the API shows them.
	 */
	record KudosResource(KudosId id, TeamId teamId, LocalDate week, PersonId fromId, String fromName, PersonId toId,
			String toName, String message, Instant at) {

		static KudosResource of(Kudos kudos, String fromName, String toName) {
			return new KudosResource(kudos.id(), kudos.teamId(), kudos.week().monday(), kudos.fromId(), fromName,
					kudos.toId(), toName, kudos.message(), kudos.at());
		}

	}

}
