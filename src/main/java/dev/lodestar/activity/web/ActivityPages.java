package dev.lodestar.activity.web;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.activity.Activity;
import dev.lodestar.activity.ActivityEntry;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * The activity feed as pages: the company's, with everything, and each team's; newest
 * first, a page at a time.
 */
@Controller
class ActivityPages {

	static final int PAGE_SIZE = 30;

	private final Activity activity;

	private final Teams teams;

	ActivityPages(Activity activity, Teams teams) {
		this.activity = activity;
		this.teams = teams;
	}

	@GetMapping("/activity")
	String company(@RequestParam(required = false) String page, Model model) {
		return feed(null, "Company activity", "/activity", page, model);
	}

	@GetMapping("/teams/{id}/activity")
	String team(@PathVariable String id, @RequestParam(required = false) String page, Model model) {
		Team team = this.teams.get(TeamId.fromPath(id));
		model.addAttribute("team", team);
		return feed(team.id(), team.name() + " activity", "/teams/" + team.id() + "/activity", page, model);
	}

	private String feed(TeamId team, String heading, String path, String page, Model model) {
		int number = pageNumber(page);
		ResultPage<Activity.Line> found = this.activity.feed(team,
				new Paging(PAGE_SIZE, (long) (number - 1) * PAGE_SIZE));
		model.addAttribute("heading", heading);
		model.addAttribute("path", path);
		model.addAttribute("entries", found.items().stream().map(Line::of).toList());
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "activity/feed";
	}

	private static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * One entry as the page shows it: a sentence whose subject links, and when.
	 */
	record Line(String kind, String before, String linked, String after, String link, Instant at) {

		static Line of(Activity.Line line) {
			ActivityEntry.Sentence sentence = line.sentence();
			return new Line(line.entry().kind().value(), sentence.before(), sentence.linked(), sentence.after(),
					line.entry().link(), line.entry().createdAt());
		}

	}

}
