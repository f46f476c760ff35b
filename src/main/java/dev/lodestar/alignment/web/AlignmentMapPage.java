package dev.lodestar.alignment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.alignment.Alignment;
import dev.lodestar.alignment.Alignment.MapView;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * The alignment map: how a cycle's objectives connect, from the company's down to each
 * team's, with the cycle's coverage. The whole map folds below a few levels (a folded
 * objective opens as a map of its own, {@code focus}); a team's map ({@code team}, or a
 * team found by name) draws everything that team's objectives contribute to and
 * everything that contributes to them. Everyone signed in may look.
 */
@Controller
class AlignmentMapPage {

	/** How many teams a name search offers at most. */
	static final int CANDIDATES = 20;

	/** How many teams or objectives a coverage list shows before "and n more". */
	static final int LISTED = 30;

	private final Alignment alignment;

	private final Cycles cycles;

	private final Teams teams;

	private final Clock clock;

	AlignmentMapPage(Alignment alignment, Cycles cycles, Teams teams, Clock clock) {
		this.alignment = alignment;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
	}

	@GetMapping("/alignment")
	String map(@RequestParam(required = false) String cycle, @RequestParam(required = false) String team,
			@RequestParam(required = false) String teamName, @RequestParam(required = false) String focus,
			Model model) {
		List<Cycle> all = this.cycles.all();
		Optional<Cycle> chosen = all.stream()
			.filter((one) -> one.id().toString().equals(cycle))
			.findFirst()
			.or(() -> this.cycles.current(LocalDate.now(this.clock)));
		model.addAttribute("cycles", all);
		model.addAttribute("cycle", chosen.orElse(null));
		if (chosen.isEmpty()) {
			return "alignment/map";
		}
		List<Team> teams = this.teams.all();
		TeamChoice choice = TeamChoice.of(team, teamName, teams);
		model.addAttribute("team", choice);
		MapView map = this.alignment.map(chosen.get().id(), choice.team(), (choice.team() == null) ? id(focus) : null);
		model.addAttribute("nodes",
				map.branches()
					.stream()
					.map((branch) -> MapNode.of(branch, map.teamNames(), map.dependencies()))
					.toList());
		model.addAttribute("above",
				map.above()
					.stream()
					.map((objective) -> new Above(objective.id().toString(), objective.title()))
					.toList());
		model.addAttribute("focused", !map.above().isEmpty() || id(focus) != null && choice.team() == null);
		model.addAttribute("coverage", CoverageView.of(map.coverage(), LISTED));
		return "alignment/map";
	}

	private static ObjectiveId id(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return new ObjectiveId(UUID.fromString(raw.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** An objective above the focused one, for the trail to the top. */
	record Above(String id, String title) {
	}

	/**
	 * The team a map is drawn around: chosen by id, or found by name (one whose name is
	 * the words typed, else the only one whose name contains them); when several match,
	 * they are offered ({@code candidates}); when none does, {@code unknown}.
	 */
	record TeamChoice(TeamId team, String name, String typed, List<Team> candidates, boolean unknown) {

		static TeamChoice of(String id, String typed, List<Team> teams) {
			if (id != null && !id.isBlank()) {
				Optional<Team> byId = teams.stream()
					.filter((one) -> one.id().toString().equals(id.strip()))
					.findFirst();
				if (byId.isPresent()) {
					return new TeamChoice(byId.get().id(), byId.get().name(), byId.get().name(), List.of(), false);
				}
			}
			if (typed == null || typed.isBlank()) {
				return new TeamChoice(null, null, "", List.of(), false);
			}
			String words = typed.strip().toLowerCase(Locale.ROOT);
			Optional<Team> exact = teams.stream()
				.filter((one) -> one.name().toLowerCase(Locale.ROOT).equals(words))
				.findFirst();
			List<Team> matching = exact.map(List::of)
				.orElseGet(() -> teams.stream()
					.filter((one) -> one.name().toLowerCase(Locale.ROOT).contains(words))
					.sorted((one, other) -> one.name().compareToIgnoreCase(other.name()))
					.limit(CANDIDATES + 1)
					.toList());
			if (matching.size() == 1) {
				return new TeamChoice(matching.get(0).id(), matching.get(0).name(), typed.strip(), List.of(), false);
			}
			return new TeamChoice(null, null, typed.strip(), matching.stream().limit(CANDIDATES).toList(),
					matching.isEmpty());
		}

	}

}
