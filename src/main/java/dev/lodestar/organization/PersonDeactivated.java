package dev.lodestar.organization;

/**
 * A person was deactivated. Published in the change's transaction, so that their sessions
 * and API tokens end with it.
 *
 * @param personId who was deactivated
 * @param email the address they sign in with
 */
public record PersonDeactivated(PersonId personId, String email) {
}
