package dev.lodestar.rhythm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.TeamId;

/**
 * The wins of a team's week: the key results of its objectives whose progress rose during
 * the week (milestones done among them), and the wins people wrote down. Two queries
 * however many there are.
 */
@Service
@Transactional
public class Wins {

	private final WinStore store;

	private final TeamAccess access;

	private final WeekClock clock;

	Wins(WinStore store, TeamAccess access, WeekClock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	/** The week's wins, in the order they happened. */
	@Transactional(readOnly = true)
	public List<Win> of(TeamId team, Week week) {
		return of(team, week, this.clock.settings());
	}

	List<Win> of(TeamId team, Week week, ProgramSettings settings) {
		List<Win> wins = new ArrayList<>(this.store.moved(team, week.start(settings), week.end(settings))
			.stream()
			.map(WinStore.Moved::win)
			.filter(Objects::nonNull)
			.toList());
		this.store.written(team, week).stream().map(Win::written).forEach(wins::add);
		wins.sort(Comparator.comparing(Win::at));
		return wins;
	}

	/** Writes down a win of this week or an earlier one. */
	public Win write(Actor actor, TeamId team, Week week, String text) {
		this.access.requireWriter(actor, team, "write this team's wins");
		WrittenWin win = WrittenWin.write(team, week, this.clock.thisWeek(), text, actor.personId(), this.clock.now());
		this.store.insert(win);
		return Win.written(win);
	}

}
