package dev.lodestar.dependencies;

import dev.lodestar.organization.PersonId;

/**
 * The asked team accepted or declined a dependency, published in the transaction that
 * stored the decision.
 *
 * @param dependency the dependency with its decision
 * @param by who decided
 */
public record DependencyDecided(Dependency dependency, PersonId by) {
}
