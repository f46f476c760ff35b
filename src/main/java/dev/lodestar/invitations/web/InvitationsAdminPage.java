package dev.lodestar.invitations.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.invitations.Invitation;
import dev.lodestar.invitations.InvitationStatus;
import dev.lodestar.invitations.Invitations;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.Ids;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.PublicAddress;

/**
 * {@code /admin/invitations}, for admins and champions: invite a person, see the
 * invitations by status with their counts, resend or revoke one.
 */
@Controller
class InvitationsAdminPage {

	private static final Paging PAGE = new Paging(Paging.MAX_LIMIT, 0);

	private final Invitations invitations;

	private final Teams teams;

	private final PublicAddress address;

	InvitationsAdminPage(Invitations invitations, Teams teams, PublicAddress address) {
		this.address = address;
		this.invitations = invitations;
		this.teams = teams;
	}

	@GetMapping("/admin/invitations")
	String list(Actor actor, @RequestParam(required = false) String status, Model model) {
		return page(actor, status, model, Map.of(), Map.of(), null);
	}

	@PostMapping("/admin/invitations")
	String invite(Actor actor, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
			@RequestParam(required = false) List<String> teamIds, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<String> chosen = (teamIds != null) ? teamIds : List.of();
		Map<String, Object> typed = Map.of("email", email, "name", name, "role", role, "teamIds", chosen);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			Invitations.Sent sent = this.invitations.inviteAndLink(actor, new Invitations.NewInvitation(email, name,
					role(role), chosen.stream().map((id) -> TeamId.fromField("teamIds", id)).toList()));
			Invitation invitation = sent.invitation();
			String invited = "Invited " + invitation.name() + " (" + invitation.email() + ")";
			flash(redirect, request, sent, invited + "; the mail with their link is on its way.", invited
					+ ". Mail is off, so no mail goes out: copy their link below and send it to them yourself.");
			return "redirect:/admin/invitations";
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
			response.setStatus(422);
		}
		catch (ConflictException ex) {
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
			errors.putIfAbsent("email", ex.getMessage());
			response.setStatus(409);
		}
		return page(actor, null, model, typed, errors, null);
	}

	@PostMapping("/admin/invitations/{id}/resend")
	String resend(Actor actor, @PathVariable String id, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Invitations.Sent sent = this.invitations.resendAndLink(actor, Ids.fromPath("invitation", id));
			String email = sent.invitation().email();
			flash(redirect, request, sent, "Sent a new link to " + email + "; the old one no longer works.",
					"Made a new link for " + email + "; the old one no longer works. Mail is off, so no mail "
							+ "goes out: copy the link below and send it to them yourself.");
			return "redirect:/admin/invitations";
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return page(actor, null, model, Map.of(), Map.of(), ex.getMessage());
		}
	}

	@PostMapping("/admin/invitations/{id}/revoke")
	String revoke(Actor actor, @PathVariable String id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Invitation invitation = this.invitations.get(actor, Ids.fromPath("invitation", id));
			this.invitations.revoke(actor, invitation.id());
			redirect.addFlashAttribute("notice", "Revoked the invitation of " + invitation.email() + ".");
			return "redirect:/admin/invitations";
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return page(actor, null, model, Map.of(), Map.of(), ex.getMessage());
		}
	}

	/**
	 * The notice after an invitation went out: while mail is off, with the link to hand
	 * over (shown once, as only its hash is kept).
	 */
	private void flash(RedirectAttributes redirect, HttpServletRequest request, Invitations.Sent sent, String mailed,
			String unmailed) {
		redirect.addFlashAttribute("notice", (sent.link() != null) ? unmailed : mailed);
		if (sent.link() != null) {
			redirect.addFlashAttribute("link", this.address.forPage(sent.link(), request));
			redirect.addFlashAttribute("linkFor", sent.invitation().email());
		}
	}

	private String page(Actor actor, String status, Model model, Map<String, Object> typed, Map<String, String> errors,
			String problem) {
		actor.require(actor.runsProgram(), "invite people");
		InvitationStatus shown;
		try {
			shown = InvitationStatus.fromQuery("status", status);
		}
		catch (InvalidInputException ex) {
			shown = null;
		}
		var listed = this.invitations.list(actor, shown, PAGE);
		model.addAttribute("invitations", listed.items());
		model.addAttribute("total", listed.total());
		model.addAttribute("counts", this.invitations.counts(actor));
		model.addAttribute("statuses", InvitationStatus.values());
		model.addAttribute("shown", shown);
		model.addAttribute("roles",
				Arrays.stream(Role.values())
					.filter((role) -> actor.isAdmin() || role == Role.MEMBER || role == Role.VIEWER)
					.map(Role::value)
					.toList());
		model.addAttribute("teams", this.teams.all());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("admin", actor.isAdmin());
		return "invitations/invitations";
	}

	private static Role role(String value) {
		return Arrays.stream(Role.values()).filter((role) -> role.value().equals(value)).findFirst().orElse(null);
	}

}
