package dev.lodestar.invitations.api;

import java.time.Instant;
import java.util.UUID;

import dev.lodestar.invitations.Invitation;
import dev.lodestar.invitations.InvitationStatus;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;

/**
 * An invitation in the API. {@code status} is pending, accepted, expired (pending past
 * {@code expiresAt}) or revoked.
 */
record InvitationResource(UUID id, PersonId personId, String email, String name, Role role, InvitationStatus status,
		PersonId invitedBy, Instant createdAt, Instant sentAt, Instant expiresAt, Instant acceptedAt) {

	static InvitationResource of(Invitation invitation) {
		return new InvitationResource(invitation.id(), invitation.personId(), invitation.email(), invitation.name(),
				invitation.role(), invitation.status(), invitation.invitedBy(), invitation.createdAt(),
				invitation.sentAt(), invitation.expiresAt(), invitation.acceptedAt());
	}

}
