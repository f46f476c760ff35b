package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;

/**
 * The reset at the end of a cycle: an unfinished objective is carried over into another
 * cycle as a new draft, its key results copied with their baselines set from where they
 * stand, or dropped on purpose with a reason. The copy keeps the original's links: a link
 * to an objective or key result that was carried into the same cycle points to the copy,
 * and the links that objectives of that cycle have to the original move to the copy as it
 * arrives. A carry-over only adds: the original objective, its key results and their
 * check-ins stay as they are.
 */
@Service
@Transactional
public class CarryOvers {

	private final ObjectiveRepository objectives;

	private final KeyResultRepository keyResults;

	private final Objectives service;

	private final Cycles cycles;

	private final Clock clock;

	private final ObjectiveLinks links;

	private final Rollups rollups;

	private final ObjectiveTeams owners;

	CarryOvers(ObjectiveRepository objectives, KeyResultRepository keyResults, Objectives service, Cycles cycles,
			Clock clock, ObjectiveLinks links, Rollups rollups, ObjectiveTeams owners) {
		this.owners = owners;
		this.links = links;
		this.rollups = rollups;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.service = service;
		this.cycles = cycles;
		this.clock = clock;
	}

	/**
	 * Carries an objective into a cycle that is not closed: a new draft with a copy of
	 * every key result, in one transaction. Refused when the objective was carried into
	 * that cycle already, or when one of its key results has reached its target (a copy
	 * could not start where it ends).
	 */
	public ObjectiveView carryOver(Actor actor, ObjectiveId id, CycleId targetCycleId) {
		return carryOver(actor, id, targetCycleId, false);
	}

	/**
	 * Carries an objective over as {@link #carryOver(Actor, ObjectiveId, CycleId)} does;
	 * with {@code leaveOutReached}, the key results that have reached their target are
	 * done and are left out of the copy instead of refusing it.
	 */
	public ObjectiveView carryOver(Actor actor, ObjectiveId id, CycleId targetCycleId, boolean leaveOutReached) {
		Objective original = this.service.get(id);
		actor.require(original.editableBy(actor), "carry this objective over");
		this.objectives.lock(id.value());
		if (targetCycleId == null) {
			throw InvalidInputException.of("cycleId", "is required");
		}
		if (!this.cycles.exists(targetCycleId)) {
			throw InvalidInputException.of("cycleId", "is not a known cycle");
		}
		if (targetCycleId.equals(original.cycleId())) {
			throw InvalidInputException.of("cycleId", "is the objective's own cycle; choose another one");
		}
		Cycle target = this.cycles.get(targetCycleId);
		if (target.isClosed()) {
			throw new ConflictException(
					"The cycle " + target.name() + " is closed; carry the objective into one " + "that is not.");
		}
		if (!this.objectives.findCarriedInto(id.value(), targetCycleId.value()).isEmpty()) {
			throw new ConflictException("The objective was carried into " + target.name() + " already.");
		}
		Instant now = this.clock.instant();
		Objective copy = this.objectives.save(original.carriedInto(targetCycleId, now));
		if (copy.isShared()) {
			this.owners.replace(copy);
		}
		List<KeyResult> originals = this.keyResults.findByObjectives(List.of(id.value()))
			.stream()
			.filter((keyResult) -> !leaveOutReached || !keyResult.reached())
			.toList();
		// A microsecond apart, so the copies list in the originals' order.
		List<KeyResult> copies = IntStream.range(0, originals.size())
			.mapToObj((i) -> originals.get(i).carriedInto(copy.id(), now.plus(i, ChronoUnit.MICROS)))
			.map((kr) -> (target.phase() == Phase.REFLECT) ? kr.scoredFromProgress() : kr)
			.toList();
		List<KeyResult> saved = this.keyResults.saveAll(copies);
		List<Contribution> links = this.links.carried(id, targetCycleId);
		this.links.lockCycle(targetCycleId);
		this.links.replace(copy.id(), links);
		Set<ObjectiveId> followers = new HashSet<>(this.links.followCarried(id, copy.id(), targetCycleId));
		followers.add(copy.id());
		this.rollups.refresh(followers,
				saved.stream().filter((kr) -> kr.type() == KeyResultType.ROLLUP).map(KeyResult::id).toList());
		return new ObjectiveView(copy, this.keyResults.findByObjectives(List.of(copy.id().value())), links);
	}

	/**
	 * The objectives carried over from some objectives, in one query.
	 */
	@Transactional(readOnly = true)
	public List<Objective> carriedFrom(Collection<ObjectiveId> originals) {
		if (originals.isEmpty()) {
			return List.of();
		}
		return this.objectives.findCarriedFrom(originals.stream().map(ObjectiveId::value).toList());
	}

	/**
	 * Drops an objective on purpose in reflect: archived, with the reason it is not
	 * carried on.
	 */
	public ObjectiveView drop(Actor actor, ObjectiveId id, String reason) {
		Objective objective = this.service.get(id);
		actor.require(objective.editableBy(actor), "drop this objective");
		Cycle cycle = this.cycles.get(objective.cycleId());
		if (cycle.phase() != Phase.REFLECT) {
			throw new ConflictException(
					"Objectives are dropped in reflect; this cycle is in " + cycle.phase().value() + ".");
		}
		Objective dropped = this.objectives.save(objective.dropped(reason));
		return new ObjectiveView(dropped, this.keyResults.findByObjectives(List.of(id.value())),
				this.links.of(List.of(id)).getOrDefault(id, List.of()));
	}

}
