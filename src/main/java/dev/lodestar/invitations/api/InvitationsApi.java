package dev.lodestar.invitations.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.invitations.Invitation;
import dev.lodestar.invitations.InvitationStatus;
import dev.lodestar.invitations.Invitations;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.Ids;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/invitations}: bringing people in by email. Admins invite anyone;
 * champions invite members and viewers, and resend or revoke those invitations.
 */
@RestController
@RequestMapping("/api/v1/invitations")
class InvitationsApi {

	private final Invitations invitations;

	InvitationsApi(Invitations invitations) {
		this.invitations = invitations;
	}

	@Operation(summary = "Invite a person by email",
			description = "Creates the person with the status invited (no password) in the teams given, and mails "
					+ "a single-use link valid 7 days whose page sets their name and password. Inviting an invited "
					+ "person again makes a new invitation and the older link stops working; an address of an active "
					+ "or deactivated person is a 409 naming email. A champion may invite members and viewers only.")
	@ApiCreated
	@PostMapping
	ResponseEntity<InvitationResource> invite(Actor actor, @RequestBody NewInvitationRequest body) {
		List<TeamId> teams = (body.teamIds() != null)
				? body.teamIds().stream().map((id) -> TeamId.fromField("teamIds", id)).toList() : List.of();
		Invitation invitation = this.invitations.invite(actor,
				new Invitations.NewInvitation(body.email(), body.name(), body.role(), teams));
		return Created.at("/api/v1/invitations/{id}", invitation.id().toString())
			.body(InvitationResource.of(invitation));
	}

	@Operation(summary = "List invitations, newest first",
			description = "Admins and champions. Expired means pending past expiresAt.")
	@GetMapping
	ApiListing<InvitationResource> list(Actor actor,
			@Parameter(
					schema = @Schema(allowableValues = { "pending", "accepted", "expired", "revoked" })) @RequestParam(
							required = false) String status,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		return ApiListing
			.of(this.invitations.list(actor, InvitationStatus.fromQuery("status", status), Paging.of(limit, offset))
				.map(InvitationResource::of));
	}

	@Operation(summary = "Read an invitation")
	@GetMapping("/{id}")
	InvitationResource get(Actor actor, @PathVariable String id) {
		return InvitationResource.of(this.invitations.get(actor, Ids.fromPath("invitation", id)));
	}

	@Operation(summary = "Mail a new link",
			description = "A new link valid 7 days from now; the old link stops working. An accepted or revoked "
					+ "invitation is a 409.")
	@PostMapping("/{id}/resend")
	InvitationResource resend(Actor actor, @PathVariable String id) {
		return InvitationResource.of(this.invitations.resend(actor, Ids.fromPath("invitation", id)));
	}

	@Operation(summary = "Revoke an invitation",
			description = "Its link stops working; the person stays invited. An accepted invitation is a 409.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(Actor actor, @PathVariable String id) {
		UUID invitation = Ids.fromPath("invitation", id);
		this.invitations.revoke(actor, invitation);
		return ResponseEntity.noContent().build();
	}

	record NewInvitationRequest(String email, String name, Role role, List<String> teamIds) {
	}

}
