package dev.lodestar.invitations.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * {@code /admin/invitations}, for admins and champions: invite a person, see the
 * invitations by status with their counts, resend or revoke one.
 */
@Controller
class InvitationsAdminPage {

	private static final Paging PAGE = new Paging(Paging.MAX_LIMIT, 0);

	private final Invitations invitations;

	private final Teams teams;

	InvitationsAdminPage(Invitations invitations, Teams teams) {
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
			@RequestParam(required = false) List<String> teamIds, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<String> chosen = (teamIds != null) ? teamIds : List.of();
		Map<String, Object> typed = Map.of("email", email, "name", name, "role", role, "teamIds", chosen);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			Invitation invitation = this.invitations.invite(actor, new Invitations.NewInvitation(email, name,
					role(role), chosen.stream().map((id) -> TeamId.fromField("teamIds", id)).toList()));
			redirect.addFlashAttribute("notice", "Invited " + invitation.name() + " (" + invitation.email()
					+ "); the mail with their link is on its way.");
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
	String resend(Actor actor, @PathVariable String id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Invitation invitation = this.invitations.resend(actor, Ids.fromPath("invitation", id));
			redirect.addFlashAttribute("notice",
					"Sent a new link to " + invitation.email() + "; the old one no longer works.");
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
