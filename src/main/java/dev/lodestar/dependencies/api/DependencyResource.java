package dev.lodestar.dependencies.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.dependencies.Dependency;
import dev.lodestar.dependencies.DependencyId;
import dev.lodestar.dependencies.DependencyStatus;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * A dependency as the API shows it.
 *
 * @param keyResultId the asking team's key result it is for, or {@code null}
 * @param note what the asked team said with its decision, or {@code null}
 */
record DependencyResource(DependencyId id, CycleId cycleId, TeamId fromTeamId, TeamId toTeamId, KeyResultId keyResultId,
		String description, LocalDate dueDate, DependencyStatus status, String note, PersonId requestedBy,
		Instant requestedAt, PersonId decidedBy, Instant decidedAt, long version) {

	static DependencyResource of(Dependency dependency) {
		return new DependencyResource(dependency.id(), dependency.cycleId(), dependency.fromTeamId(),
				dependency.toTeamId(), dependency.keyResultId(), dependency.description(), dependency.dueDate(),
				dependency.status(), dependency.note(), dependency.requestedBy(), dependency.requestedAt(),
				dependency.decidedBy(), dependency.decidedAt(), dependency.version());
	}

}
