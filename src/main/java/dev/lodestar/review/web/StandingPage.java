package dev.lodestar.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.review.ReviewAction;
import dev.lodestar.review.ReviewStep;
import dev.lodestar.review.Reviews;

/**
 * {@code /reviews/teams}: where every team stands with its objectives in a cycle, for
 * champions and admins in the set phase: per team the objectives in draft, in review,
 * sent back with changes requested, and published, with the team's leads. A fixed number
 * of statements however many teams and objectives there are.
 */
@Controller
class StandingPage {

	private final Cycles cycles;

	private final Teams teams;

	private final Objectives objectives;

	private final Reviews reviews;

	private final People people;

	private final Clock clock;

	StandingPage(Cycles cycles, Teams teams, Objectives objectives, Reviews reviews, People people, Clock clock) {
		this.cycles = cycles;
		this.teams = teams;
		this.objectives = objectives;
		this.reviews = reviews;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/reviews/teams")
	String standing(Actor actor, @RequestParam(required = false) String cycle, Model model) {
		actor.require(actor.runsProgram(), "see where every team stands; champions and admins do");
		List<Cycle> all = this.cycles.all();
		Cycle chosen = chosen(cycle, all);
		model.addAttribute("cycles", all);
		model.addAttribute("cycle", chosen);
		model.addAttribute("required", this.reviews.required());
		model.addAttribute("rows", (chosen != null) ? rows(chosen) : List.of());
		return "review/teams";
	}

	private Cycle chosen(String raw, List<Cycle> all) {
		if (raw != null && !raw.isBlank()) {
			return this.cycles.get(CycleId.fromPath(raw));
		}
		return this.cycles.current(LocalDate.now(this.clock))
			.orElse(all.stream().max(Comparator.comparing(Cycle::startDate)).orElse(null));
	}

	private List<StandingRow> rows(Cycle cycle) {
		List<Objective> inCycle = this.objectives.inCycle(cycle.id());
		Map<ObjectiveId, ReviewStep> latest = this.reviews.latestSteps(inCycle.stream().map(Objective::id).toList());
		Map<TeamId, Counts> counts = new HashMap<>();
		for (Objective objective : inCycle) {
			List<TeamId> owners = objective.teamIds().isEmpty() ? java.util.Collections.singletonList(null)
					: objective.teamIds();
			for (TeamId owner : owners) {
				counts.computeIfAbsent(owner, (team) -> new Counts()).add(objective, latest.get(objective.id()));
			}
		}
		List<TeamView> all = this.teams.allWithMembers();
		Map<PersonId, String> names = this.people
			.names(all.stream().flatMap((team) -> team.leadIds().stream()).distinct().toList());
		List<StandingRow> rows = new ArrayList<>();
		Counts company = counts.get(null);
		if (company != null) {
			rows.add(company.row(null, "Company-wide", "Champions and admins"));
		}
		for (TeamView team : all) {
			String leads = team.leadIds()
				.stream()
				.map(names::get)
				.filter(Objects::nonNull)
				.sorted()
				.collect(Collectors.joining(", "));
			rows.add(counts.getOrDefault(team.team().id(), new Counts())
				.row(team.team().id().toString(), team.team().name(), leads.isEmpty() ? null : leads));
		}
		return rows;
	}

	/** How many of a team's objectives stand where. */
	private static final class Counts {

		private int draft;

		private int inReview;

		private int changesRequested;

		private int published;

		void add(Objective objective, ReviewStep latest) {
			switch (objective.status()) {
				case DRAFT -> {
					if (latest != null && latest.action() == ReviewAction.REQUEST_CHANGES) {
						this.changesRequested++;
					}
					else {
						this.draft++;
					}
				}
				case IN_REVIEW -> this.inReview++;
				case PUBLISHED -> this.published++;
				case ARCHIVED -> {
				}
			}
		}

		StandingRow row(String teamId, String name, String leads) {
			return new StandingRow(teamId, name, leads, this.draft, this.inReview, this.changesRequested,
					this.published);
		}

	}

	/**
	 * One team's standing; {@code teamId} is {@code null} for the company-wide
	 * objectives, {@code leads} for a team without a lead.
	 */
	record StandingRow(String teamId, String name, String leads, int draft, int inReview, int changesRequested,
			int published) {

		public boolean nothingYet() {
			return this.draft + this.inReview + this.changesRequested + this.published == 0;
		}

	}

}
