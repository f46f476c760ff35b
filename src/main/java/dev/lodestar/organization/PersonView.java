package dev.lodestar.organization;

import java.util.List;

/**
 * A person with the teams they belong to.
 */
public record PersonView(Person person, List<TeamId> teamIds) {
}
