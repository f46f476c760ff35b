package dev.lodestar.invitations;

import java.time.Instant;
import java.util.UUID;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;

/**
 * An invitation as it is read: whom it is for, who sent it, and where it stands.
 *
 * @param invitedBy who invited, {@code null} when made by no one in particular or when
 * that person is gone
 * @param invitedByName their name, {@code null} with them
 */
public record Invitation(UUID id, PersonId personId, String email, String name, Role role, InvitationStatus status,
		PersonId invitedBy, String invitedByName, Instant createdAt, Instant sentAt, Instant expiresAt,
		Instant acceptedAt) {
}
