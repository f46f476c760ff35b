package dev.lodestar.coach.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.coach.Coach;
import dev.lodestar.coach.Coach.CycleSummary;
import dev.lodestar.coach.Coach.TeamSummary;
import dev.lodestar.cycles.CycleId;

/**
 * A cycle's findings per team, for champions preparing the set phase's reviews and
 * workshops: each team with its objectives, warnings and infos, the rules it breaks most
 * often and the objectives with the most to fix; the teams with the most warnings first.
 * A fixed number of statements however many objectives the cycle holds.
 */
@Controller
class CycleCoachPage {

	/** How many of a team's most frequent findings the page names. */
	static final int TOP_RULES = 3;

	private final Coach coach;

	CycleCoachPage(Coach coach) {
		this.coach = coach;
	}

	@GetMapping("/cycles/{id}/coach")
	String summary(@PathVariable String id, Model model) {
		CycleSummary summary = this.coach.summarize(CycleId.fromPath(id));
		model.addAttribute("summary", summary);
		model.addAttribute("teams", summary.teams().stream().map(Row::of).toList());
		model.addAttribute("company", (summary.company().objectives() > 0) ? Row.of(summary.company()) : null);
		model.addAttribute("overall", mostFound(summary.rules(), Integer.MAX_VALUE));
		return "coach/cycle";
	}

	private static List<RuleCount> mostFound(Map<String, Integer> rules, int limit) {
		return rules.entrySet()
			.stream()
			.limit(limit)
			.map((entry) -> new RuleCount(entry.getKey(), label(entry.getKey()), entry.getValue()))
			.toList();
	}

	/** A rule's name in words: {@code no-why} is "No why". */
	static String label(String rule) {
		String words = rule.replace('-', ' ');
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	/** A rule and how often it was found. */
	record RuleCount(String rule, String label, int count) {
	}

	/**
	 * One team's line: its sums, its most frequent findings and its objectives with the
	 * most to fix.
	 */
	record Row(String teamId, String name, int objectives, int warnings, int infos, List<RuleCount> top,
			List<Coach.Flagged> worst) {

		static Row of(TeamSummary team) {
			return new Row((team.teamId() != null) ? team.teamId().toString() : null, team.name(), team.objectives(),
					team.warnings(), team.infos(), mostFound(team.rules(), TOP_RULES), team.worst());
		}

	}

}
