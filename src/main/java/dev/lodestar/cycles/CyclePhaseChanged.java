package dev.lodestar.cycles;

import dev.lodestar.organization.PersonId;

/**
 * A cycle moved on to its next phase.
 */
public record CyclePhaseChanged(CycleId cycleId, Phase from, Phase to, PersonId by) {
}
