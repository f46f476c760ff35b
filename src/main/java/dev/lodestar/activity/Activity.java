package dev.lodestar.activity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * Reading the activity feed, newest first: the company's (everything) or one team's. A
 * page costs the same few queries however long the feed is: the entries, their count, and
 * the names of the people and teams they speak of.
 */
@Service
@Transactional(readOnly = true)
public class Activity {

	private final ActivityRepository entries;

	private final People people;

	private final Teams teams;

	Activity(ActivityRepository entries, People people, Teams teams) {
		this.entries = entries;
		this.people = people;
		this.teams = teams;
	}

	/**
	 * A page of the feed; of one team when {@code team} is given, else of everything.
	 */
	public ResultPage<Line> feed(TeamId team, Paging paging) {
		List<ActivityEntry> page = this.entries.findPage(team, paging.limit(), paging.offset());
		Map<PersonId, String> actors = this.people
			.names(distinct(page.stream().map(ActivityEntry::actorId).filter(Objects::nonNull).toList()));
		List<TeamId> teamIds = distinct(page.stream().map(ActivityEntry::teamId).filter(Objects::nonNull).toList());
		Map<TeamId, String> teamNames = teamIds.isEmpty() ? new HashMap<>() : this.teams.names(teamIds);
		return new ResultPage<>(page.stream()
			.map((entry) -> new Line(entry, actors.get(entry.actorId()), teamNames.get(entry.teamId())))
			.toList(), this.entries.count(team));
	}

	private static <T> List<T> distinct(Collection<T> ids) {
		return ids.stream().distinct().toList();
	}

	/**
	 * An entry with the names it speaks of, as of now.
	 *
	 * @param actorName who did it, or {@code null} when they are gone
	 * @param teamName the team's name, or {@code null} for the company
	 */
	public record Line(ActivityEntry entry, String actorName, String teamName) {

		public ActivityEntry.Sentence sentence() {
			return this.entry.sentence(this.actorName, this.teamName);
		}

	}

}
