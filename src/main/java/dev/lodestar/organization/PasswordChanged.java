package dev.lodestar.organization;

import java.util.Set;

/**
 * A person was given a new password. Published in the change's transaction, so that what
 * the old password opened (other sessions, API tokens) closes with it.
 *
 * @param personId whose password changed
 * @param emails the email the person had before the change and the one they have now (the
 * same, unless the same change gave a new email)
 */
public record PasswordChanged(PersonId personId, Set<String> emails) {
}
