package dev.lodestar.dependencies;

import dev.lodestar.organization.PersonId;

/**
 * A team asked another for something, published in the transaction that stored the
 * request.
 *
 * @param dependency the dependency as it was stored
 * @param by who asked
 */
public record DependencyRequested(Dependency dependency, PersonId by) {
}
