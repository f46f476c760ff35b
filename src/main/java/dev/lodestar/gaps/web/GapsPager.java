package dev.lodestar.gaps.web;

import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * Where the gaps page is among its pages, and the links to the pages beside it.
 */
record GapsPager(int page, int pages, String previousUrl, String nextUrl) {

	static GapsPager of(CycleId cycle, TeamId team, int page, long total) {
		int pages = pages(total);
		return new GapsPager(page, pages, (page > 1) ? url(cycle, team, page - 1) : null,
				(page < pages) ? url(cycle, team, page + 1) : null);
	}

	/** How many pages {@code total} key results fill; one when there are none. */
	static int pages(long total) {
		return (int) Math.max(1, (total + GapsPage.PAGE_SIZE - 1) / GapsPage.PAGE_SIZE);
	}

	private static String url(CycleId cycle, TeamId team, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/gaps").queryParam("cycle", cycle.toString());
		if (team != null) {
			url.queryParam("team", team.toString());
		}
		return url.queryParam("page", page).toUriString();
	}

}
