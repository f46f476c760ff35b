package dev.lodestar.retrospectives.api;

import java.time.Instant;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.retrospectives.Retrospective;

/**
 * A team's retrospective as the API shows it.
 */
record RetrospectiveResource(CycleId cycleId, TeamId teamId, String worked, String didNotWork, String change,
		boolean held, Instant heldAt, PersonId updatedBy, Instant updatedAt, long version) {

	static RetrospectiveResource of(Retrospective retro) {
		return new RetrospectiveResource(retro.cycleId(), retro.teamId(), retro.worked(), retro.didNotWork(),
				retro.change(), retro.held(), retro.heldAt(), retro.updatedBy(), retro.updatedAt(), retro.version());
	}

}
