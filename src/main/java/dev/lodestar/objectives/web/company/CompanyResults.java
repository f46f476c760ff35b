package dev.lodestar.objectives.web.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ResultPage;

/**
 * One page of the company's objectives, grouped by team (company-wide ones first), with
 * the links to the pages before and after it.
 */
record CompanyResults(List<TeamGroup> groups, long total, int page, int pages, String previousUrl, String nextUrl) {

	static CompanyResults of(ResultPage<ObjectiveView> found, Map<TeamId, String> teamNames, CompanyFilter filter) {
		int pages = (int) Math.max(1, (found.total() + CompanyFilter.PAGE_SIZE - 1) / CompanyFilter.PAGE_SIZE);
		int page = filter.pageNumber();
		return new CompanyResults(groups(found, teamNames), found.total(), page, pages,
				(page > 1) ? filter.urlOfPage(Math.min(page - 1, pages)) : null,
				(page < pages) ? filter.urlOfPage(page + 1) : null);
	}

	private static List<TeamGroup> groups(ResultPage<ObjectiveView> found, Map<TeamId, String> teamNames) {
		List<TeamGroup> groups = new ArrayList<>();
		for (ObjectiveView view : found.items()) {
			TeamId team = view.objective().teamId();
			TeamGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last == null || !Objects.equals(last.teamId(), (team != null) ? team.toString() : null)) {
				last = new TeamGroup((team != null) ? team.toString() : null,
						(team != null) ? teamNames.getOrDefault(team, "A removed team") : "Company-wide",
						new ArrayList<>());
				groups.add(last);
			}
			last.objectives().add(ObjectiveCard.of(view, teamNames));
		}
		return groups;
	}

	/**
	 * The objectives of one team on this page; a {@code null} team is the whole company.
	 */
	record TeamGroup(String teamId, String name, List<ObjectiveCard> objectives) {

		public String domId() {
			return "team-" + ((this.teamId != null) ? this.teamId : "company");
		}

	}

}
