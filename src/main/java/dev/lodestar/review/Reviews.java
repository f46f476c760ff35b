package dev.lodestar.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Program;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.ForbiddenException;

/**
 * The review of objectives before they are published. A team's lead (or anyone who may
 * change the objective) submits a draft; a lead of the parent team of one of its owning
 * teams, a champion or an admin approves it, which publishes it, or requests changes with
 * a comment, which sends it back to draft. Nobody approves or sends back what they
 * submitted themselves: review needs a second pair of eyes. Company-wide objectives are
 * reviewed by champions and admins.
 *
 * <p>
 * While the organisation's review is off, objectives are published directly and a
 * submission is refused ({@code 409}); objectives already in review when it was switched
 * off can still be approved or sent back, or published directly.
 */
@Service
@Transactional
public class Reviews {

	private final Objectives objectives;

	private final Teams teams;

	private final Program program;

	private final ReviewStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(Objectives objectives, Teams teams, Program program, ReviewStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.objectives = objectives;
		this.teams = teams;
		this.program = program;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes a step of an objective's review. Checks, before anything changes: the action
	 * and comment ({@code 400}), the objective ({@code 404}), who may take the step
	 * ({@code 403}), the objective's status and cycle ({@code 409}), and that an approver
	 * is not the one who submitted it ({@code 403}).
	 */
	public ReviewStep act(Actor actor, ObjectiveId id, ReviewAction action, String comment) {
		FieldErrors errors = new FieldErrors();
		errors.required("action", action);
		String clean = errors.text("comment", comment);
		if (action == ReviewAction.REQUEST_CHANGES && clean == null && !errors.has("comment")) {
			errors.add("comment", "is required: say what should change before the objective is published");
		}
		errors.throwIfAny();
		Objective objective = this.objectives.get(id);
		actor.require(actor.mayWrite(), "review objectives");
		PersonId submitter = null;
		Objective moved;
		if (action == ReviewAction.SUBMIT) {
			actor.require(objective.editableBy(actor), "submit this objective for review; its team's lead does");
			if (objective.status() == ObjectiveStatus.DRAFT && !this.program.settings().reviewRequired()) {
				throw new ConflictException("Review is off in this organisation: publish the objective directly, "
						+ "or ask an admin to require review first.");
			}
			requireStatus(objective, ObjectiveStatus.DRAFT, "submitted for review");
			submitter = actor.personId();
			moved = this.objectives.moveInReview(id, ObjectiveStatus.DRAFT, ObjectiveStatus.IN_REVIEW,
					actor.personId());
		}
		else {
			actor.require(mayReview(actor, objective, parents(objective.teamIds())),
					"review this objective; a lead of a parent team of its team, a champion or an admin does");
			requireStatus(objective, ObjectiveStatus.IN_REVIEW,
					(action == ReviewAction.APPROVE) ? "approved" : "sent back with changes requested");
			ReviewStep submission = this.store.latestSubmissions(List.of(id)).get(id);
			submitter = (submission != null) ? submission.by() : null;
			if (submitter != null && actor.is(submitter)) {
				throw new ForbiddenException("You submitted this objective for review, so you may not "
						+ ((action == ReviewAction.APPROVE) ? "approve it" : "review it")
						+ " yourself: another approver (a lead of the parent team, a champion or an admin) does.");
			}
			moved = this.objectives.moveInReview(id, ObjectiveStatus.IN_REVIEW,
					(action == ReviewAction.APPROVE) ? ObjectiveStatus.PUBLISHED : ObjectiveStatus.DRAFT,
					actor.personId());
		}
		ReviewStep step = new ReviewStep(id, action, actor.personId(), clean, this.clock.instant());
		this.store.add(step);
		this.events.publishEvent(new ObjectiveReviewed(moved, step, submitter));
		return step;
	}

	/** Every step of an objective's review, oldest first; a {@code 404} for none such. */
	@Transactional(readOnly = true)
	public List<ReviewStep> history(ObjectiveId id) {
		this.objectives.get(id);
		return this.store.history(id);
	}

	/** Every step of the review of an objective already read, oldest first. */
	@Transactional(readOnly = true)
	public List<ReviewStep> historyOf(Objective objective) {
		return this.store.history(objective.id());
	}

	/**
	 * What a person may do now with an objective's review, for the objective's page,
	 * given the review's steps so far (oldest first): at most one statement more.
	 */
	@Transactional(readOnly = true)
	public Allowed allowed(Actor actor, Objective objective, List<ReviewStep> history) {
		boolean required = this.program.settings().reviewRequired();
		boolean submit = actor.mayWrite() && required && objective.status() == ObjectiveStatus.DRAFT
				&& objective.editableBy(actor);
		boolean review = false;
		if (actor.mayWrite() && objective.status() == ObjectiveStatus.IN_REVIEW
				&& mayReview(actor, objective, actor.runsProgram() ? Map.of() : parents(objective.teamIds()))) {
			PersonId submitter = null;
			for (ReviewStep step : history) {
				submitter = (step.action() == ReviewAction.SUBMIT) ? step.by() : submitter;
			}
			review = submitter == null || !actor.is(submitter);
		}
		return new Allowed(required, submit, review);
	}

	/**
	 * The objectives waiting for this person's review, oldest first: in review, theirs to
	 * review, and not submitted by them. Three statements at most, however many wait.
	 */
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(Actor actor) {
		if (!actor.mayWrite() || (!actor.runsProgram() && actor.ledTeams().isEmpty())) {
			return List.of();
		}
		List<Objective> inReview = this.objectives.inReview();
		if (inReview.isEmpty()) {
			return List.of();
		}
		Map<TeamId, TeamId> parents = actor.runsProgram() ? Map.of()
				: parents(inReview.stream().flatMap((objective) -> objective.teamIds().stream()).distinct().toList());
		Map<ObjectiveId, ReviewStep> submissions = this.store
			.latestSubmissions(inReview.stream().map(Objective::id).toList());
		List<Waiting> waiting = new ArrayList<>();
		for (Objective objective : inReview) {
			ReviewStep submission = submissions.get(objective.id());
			if (mayReview(actor, objective, parents) && (submission == null || !actor.is(submission.by()))) {
				waiting.add(new Waiting(objective, submission));
			}
		}
		return waiting;
	}

	/**
	 * Whether the organisation reviews objectives before they are published.
	 */
	@Transactional(readOnly = true)
	public boolean required() {
		return this.program.settings().reviewRequired();
	}

	/**
	 * The latest step of each of some objectives' review, in one statement: what tells a
	 * draft sent back from one never submitted.
	 */
	@Transactional(readOnly = true)
	public Map<ObjectiveId, ReviewStep> latestSteps(Collection<ObjectiveId> ids) {
		return this.store.latest(ids);
	}

	/**
	 * Who approves what a team submits: the leads of its parent team; a team at the top,
	 * or whose parent has no lead, has none, and champions step in.
	 */
	static boolean mayReview(Actor actor, Objective objective, Map<TeamId, TeamId> parents) {
		if (actor.runsProgram()) {
			return true;
		}
		return objective.teamIds().stream().map(parents::get).anyMatch(actor::leads);
	}

	/** The parent of each team, in one statement. */
	Map<TeamId, TeamId> parents(Collection<TeamId> teams) {
		Map<TeamId, TeamId> parents = new HashMap<>();
		for (TeamId team : teams) {
			parents.put(team, null);
		}
		if (!teams.isEmpty()) {
			this.teams.parentsOf(teams).forEach(parents::put);
		}
		return parents;
	}

	private static void requireStatus(Objective objective, ObjectiveStatus expected, String what) {
		if (objective.status() != expected) {
			throw new ConflictException("The objective is " + objective.status().label() + "; only an objective "
					+ ((expected == ObjectiveStatus.DRAFT) ? "in draft" : expected.label()) + " can be " + what + ".");
		}
	}

	/**
	 * What a person may do with an objective's review now.
	 *
	 * @param required whether the organisation requires review
	 * @param submit whether they may submit it
	 * @param review whether they may approve it or request changes
	 */
	public record Allowed(boolean required, boolean submit, boolean review) {
	}

	/**
	 * An objective waiting for a review, with its submission (or {@code null} when none
	 * is kept).
	 */
	public record Waiting(Objective objective, ReviewStep submission) {
	}

}
