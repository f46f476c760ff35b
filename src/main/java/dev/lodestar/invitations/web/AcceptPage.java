package dev.lodestar.invitations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.invitations.Invitation;
import dev.lodestar.invitations.InvitationLinkGone;
import dev.lodestar.invitations.Invitations;
import dev.lodestar.organization.Person;
import dev.lodestar.security.SessionSignIn;
import dev.lodestar.shared.InvalidInputException;

/**
 * {@code /invitations/{secret}}: the page an invitation's link opens, for someone not
 * signed in. It says whom the invitation is for, takes a name and a password, makes the
 * person active, signs them in and sends them to My week. A link that does not work (any
 * more) gets a page that says why and whom to ask.
 */
@Controller
class AcceptPage {

	private final Invitations invitations;

	private final SessionSignIn signIn;

	AcceptPage(Invitations invitations, SessionSignIn signIn) {
		this.invitations = invitations;
		this.signIn = signIn;
	}

	@GetMapping("/invitations/{secret}")
	String show(@PathVariable String secret, Model model) {
		Invitation invitation = this.invitations.open(secret);
		return page(model, secret, invitation, Map.of("name", invitation.name()), Map.of());
	}

	@PostMapping("/invitations/{secret}")
	String accept(@PathVariable String secret, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeatPassword,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Invitation invitation = this.invitations.open(secret);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!password.equals(repeatPassword)) {
			errors.put("repeatPassword", "does not match the password");
		}
		try {
			if (errors.isEmpty()) {
				Person person = this.invitations.accept(secret, name, password);
				this.signIn.signIn(person, request, response);
				return "redirect:/";
			}
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
		}
		catch (ConcurrencyFailureException ex) {
			throw new GoneAfterRace(invitation.invitedByName());
		}
		response.setStatus(422);
		return page(model, secret, invitation, Map.of("name", name), errors);
	}

	@ExceptionHandler(InvitationLinkGone.class)
	String gone(InvitationLinkGone gone, Model model, HttpServletResponse response) {
		response.setStatus((gone.reason() == InvitationLinkGone.Reason.UNKNOWN) ? 404 : 410);
		model.addAttribute("reason", gone.reason().name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("invitedBy", gone.invitedByName());
		return "invitations/gone";
	}

	@ExceptionHandler(GoneAfterRace.class)
	String race(GoneAfterRace race, Model model, HttpServletResponse response) {
		response.setStatus(410);
		model.addAttribute("reason", "used");
		model.addAttribute("invitedBy", race.invitedBy);
		return "invitations/gone";
	}

	private static String page(Model model, String secret, Invitation invitation, Map<String, String> typed,
			Map<String, String> errors) {
		model.addAttribute("secret", secret);
		model.addAttribute("invitation", invitation);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "invitations/accept";
	}

	/** Another acceptance of the same invitation won while this one ran. */
	static final class GoneAfterRace extends RuntimeException {

		private final String invitedBy;

		GoneAfterRace(String invitedBy) {
			super("The invitation was accepted meanwhile");
			this.invitedBy = invitedBy;
		}

	}

}
