package dev.lodestar.rhythm.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.rhythm.TeamWeeks;
import dev.lodestar.rhythm.TeamWeeks.TeamWeek;
import dev.lodestar.rhythm.Week;
import dev.lodestar.rhythm.web.FridayView.KudosLine;
import dev.lodestar.rhythm.web.FridayView.Recipient;
import dev.lodestar.rhythm.web.FridayView.WinLine;

/**
 * Fills in the Friday page: for showing it, and for showing it again with a refused win
 * or kudos beside its fields.
 */
@Component
class FridaySheet {

	static final String TEMPLATE = "rhythm/friday";

	private final TeamWeeks weeks;

	private final People people;

	FridaySheet(TeamWeeks weeks, People people) {
		this.weeks = weeks;
		this.people = people;
	}

	Week thisWeek() {
		return this.weeks.thisWeek();
	}

	static String page(TeamId team, Week week) {
		return "/teams/" + team + "/friday?week=" + week;
	}

	String fill(Actor actor, TeamId team, Week week, FridayView.Typed typed, Map<String, String> errors, Model model) {
		TeamWeek teamWeek = this.weeks.week(actor, team, week);
		boolean mayWriteWin = teamWeek.mayWrite() && !week.isAfter(teamWeek.thisWeek());
		boolean mayGiveKudos = teamWeek.mayWrite() && teamWeek.isThisWeek();
		Map<PersonId, String> everyone = mayGiveKudos ? this.people.everyone() : Map.of();
		Set<PersonId> members = Set.copyOf(teamWeek.team().memberIds());
		List<Recipient> inTeam = recipients(everyone, actor, true, members);
		List<Recipient> others = recipients(everyone, actor, false, members);
		model.addAttribute("friday",
				new FridayView(WeekNav.of(teamWeek, "friday"),
						teamWeek.wins().stream().map((win) -> WinLine.of(win, teamWeek)).toList(),
						teamWeek.kudos().stream().map((kudos) -> KudosLine.of(kudos, teamWeek)).toList(), mayWriteWin,
						mayGiveKudos, typed, errors, inTeam, others));
		return TEMPLATE;
	}

	private static List<Recipient> recipients(Map<PersonId, String> everyone, Actor actor, boolean inTeam,
			Set<PersonId> members) {
		return everyone.entrySet()
			.stream()
			.filter((person) -> !actor.is(person.getKey()) && members.contains(person.getKey()) == inTeam)
			.map((person) -> new Recipient(person.getKey().toString(), person.getValue()))
			.toList();
	}

}
