package dev.lodestar.organization;

import java.util.List;

/**
 * A team with its leads and its members (the leads are members too).
 */
public record TeamView(Team team, List<PersonId> leadIds, List<PersonId> memberIds) {
}
