package dev.lodestar.rhythm;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;

/**
 * Kudos given within a team: anyone who may write the team's week thanks any person of
 * the organisation. The kudos are kept with the team and this week, and
 * {@link KudosGiven} tells whoever listens.
 */
@Service
@Transactional
public class KudosWall {

	private final KudosStore store;

	private final TeamAccess access;

	private final Teams teams;

	private final People people;

	private final WeekClock clock;

	private final ApplicationEventPublisher events;

	KudosWall(KudosStore store, TeamAccess access, Teams teams, People people, WeekClock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Kudos> of(TeamId team, Week week) {
		return this.store.ofWeek(team, week);
	}

	/**
	 * The kudos given from one moment until another, in every team: how many, and the
	 * latest few (newest first), in two queries.
	 */
	@Transactional(readOnly = true)
	public KudosTally givenBetween(Instant from, Instant until, int latest) {
		return new KudosTally(this.store.countBetween(from, until), this.store.between(from, until, latest));
	}

	/**
	 * How many kudos were given in a while, and the latest of them.
	 *
	 * @param total how many were given
	 * @param latest the newest ones, newest first
	 */
	public record KudosTally(long total, List<Kudos> latest) {
	}

	/**
	 * Gives kudos; an unknown team or recipient is a 400 naming {@code teamId} or
	 * {@code toId}.
	 */
	public Kudos give(Actor actor, TeamId team, PersonId to, String message) {
		FieldErrors errors = new FieldErrors();
		errors.required("teamId", team);
		if (team != null && !this.teams.exists(team)) {
			errors.add("teamId", "is not a known team");
		}
		if (to != null && !this.people.exists(to)) {
			errors.add("toId", "is not a known person");
		}
		errors.throwIfAny();
		this.access.requireWriter(actor, team, "give kudos in this team");
		Kudos kudos = Kudos.give(team, this.clock.thisWeek(), actor.personId(), to, message, this.clock.now());
		this.store.insert(kudos);
		this.events.publishEvent(
				new KudosGiven(kudos.id(), kudos.fromId(), kudos.toId(), kudos.teamId(), kudos.message(), kudos.at()));
		return kudos;
	}

}
