package dev.lodestar.rhythm;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.StaleVersionException;

/**
 * Adding, changing, ticking, removing and carrying over a team's top priorities of a
 * week. Those who may write the team's week do it; everyone reads.
 */
@Service
@Transactional
public class Priorities {

	private final PriorityStore store;

	private final TeamAccess access;

	private final WeekClock clock;

	Priorities(PriorityStore store, TeamAccess access, WeekClock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Priority get(PriorityId id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("priority", id));
	}

	public Priority add(Actor actor, TeamId team, Week week, String text) {
		this.access.requireWriter(actor, team, "set this team's priorities");
		Priority priority = Priority.create(this.store.ofWeek(team, week), team, week, text, null, actor.personId(),
				this.clock.now());
		this.store.insert(priority);
		return priority;
	}

	/**
	 * Offers last week's unfinished priority again: a copy of it in {@code week}, the
	 * week after its own.
	 */
	public Priority carryOver(Actor actor, TeamId team, PriorityId id, Week week) {
		this.access.requireWriter(actor, team, "set this team's priorities");
		Priority original = this.store.find(id)
			.filter((found) -> found.teamId().equals(team))
			.orElseThrow(() -> InvalidInputException.of("carriedFrom", "is not a priority of this team"));
		Priority copy = original.carriedInto(this.store.ofWeek(original.teamId(), week), week, actor.personId(),
				this.clock.now());
		this.store.insert(copy);
		return copy;
	}

	/**
	 * Changes a priority's text, whether it is done, or both ({@code null} leaves one as
	 * it is).
	 */
	public Priority change(Actor actor, PriorityId id, Long expectedVersion, String text, Boolean done) {
		Priority priority = get(id);
		this.access.requireWriter(actor, priority.teamId(), "change this team's priorities");
		StaleVersionException.check("priority", expectedVersion, priority.version());
		Priority changed = (text != null) ? priority.withText(text) : priority;
		changed = (done != null) ? changed.withDone(done) : changed;
		return this.store.update(changed);
	}

	public void remove(Actor actor, PriorityId id, Long expectedVersion) {
		Priority priority = get(id);
		this.access.requireWriter(actor, priority.teamId(), "remove this team's priorities");
		StaleVersionException.check("priority", expectedVersion, priority.version());
		this.store.delete(id);
	}

}
