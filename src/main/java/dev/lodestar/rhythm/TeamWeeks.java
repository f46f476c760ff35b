package dev.lodestar.rhythm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;

/**
 * A team's week read whole, for the Monday and Friday pages, the API and the digest: its
 * priorities, last week's unfinished ones offered again, its wins and kudos, and the
 * names of the people in them. The same few queries however much the week holds.
 */
@Service
@Transactional(readOnly = true)
public class TeamWeeks {

	private final Teams teams;

	private final People people;

	private final PriorityStore priorities;

	private final Wins wins;

	private final KudosWall kudos;

	private final WeekClock clock;

	TeamWeeks(Teams teams, People people, PriorityStore priorities, Wins wins, KudosWall kudos, WeekClock clock) {
		this.teams = teams;
		this.people = people;
		this.priorities = priorities;
		this.wins = wins;
		this.kudos = kudos;
		this.clock = clock;
	}

	/** The week that holds now, in the organisation's time zone. */
	public Week thisWeek() {
		return this.clock.thisWeek();
	}

	public TeamWeek week(Actor actor, TeamId id, Week week) {
		TeamView team = this.teams.view(id);
		ProgramSettings settings = this.clock.settings();
		List<Win> wins = this.wins.of(id, week, settings);
		List<Kudos> kudos = this.kudos.of(id, week);
		Set<PersonId> named = new HashSet<>(team.memberIds());
		wins.stream().map(Win::authorId).filter(Objects::nonNull).forEach(named::add);
		kudos.forEach((each) -> {
			named.add(each.fromId());
			named.add(each.toId());
		});
		return new TeamWeek(team, week, Week.of(settings, this.clock.now()), this.priorities.ofWeek(id, week),
				this.priorities.offeredAgain(id, week), wins, kudos, this.people.names(named),
				actor != null && TeamAccess.mayWrite(actor, team));
	}

	/**
	 * A team's week: what it holds, who the people in it are, and whether the reader may
	 * write it.
	 */
	public record TeamWeek(TeamView team, Week week, Week thisWeek, List<Priority> priorities,
			List<Priority> offeredAgain, List<Win> wins, List<Kudos> kudos, Map<PersonId, String> names,
			boolean mayWrite) {

		public String name(PersonId person) {
			return (person != null) ? this.names.getOrDefault(person, "someone who left") : "someone who left";
		}

		public boolean isThisWeek() {
			return this.week.equals(this.thisWeek);
		}

		public boolean mayAddPriority() {
			return this.mayWrite && this.priorities.size() < Priority.MAX_PER_WEEK;
		}

	}

}
