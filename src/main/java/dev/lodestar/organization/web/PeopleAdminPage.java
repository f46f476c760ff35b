package dev.lodestar.organization.web;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonStatus;
import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;

/**
 * Everyone in the organisation, for admins: add a person, change a role, deactivate or
 * activate someone (a deactivated person stays listed and keeps their name on what they
 * own), remove someone.
 */
@Controller
class PeopleAdminPage {

	private static final Paging EVERYONE = new Paging(Paging.MAX_LIMIT, 0);

	private static final String NEW_PERSON = "new-person";

	private final People people;

	private final Teams teams;

	PeopleAdminPage(People people, Teams teams) {
		this.people = people;
		this.teams = teams;
	}

	@GetMapping("/admin/people")
	String people(Actor actor, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", (q != null) ? q.strip() : "");
		return page(actor, model, Refusal.none(), null);
	}

	@PostMapping("/admin/people")
	String add(Actor actor, @RequestParam String name, @RequestParam String email,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String password, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("name", name, "email", email, "role", role);
		try {
			PersonView added = this.people.create(actor,
					new People.NewPerson(name, email, role(role), password.isEmpty() ? null : password));
			return done(redirect, "Added " + added.person().name() + ".", null);
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return page(actor, model, Refusal.of(NEW_PERSON, typed, ex.errors()), null);
		}
	}

	@PostMapping("/admin/people/{id}/role")
	String changeRole(Actor actor, @PathVariable String id, @RequestParam String role, @RequestParam Long version,
			@RequestParam(required = false) String q, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			PersonView changed = this.people.update(actor, PersonId.fromPath(id), version,
					new People.PersonChanges(null, role(role)));
			return done(redirect, changed.person().name() + " is now " + changed.person().role().value() + ".", q);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("q", (q != null) ? q.strip() : "");
			return page(actor, model, Refusal.none(), ex.getMessage());
		}
	}

	@PostMapping("/admin/people/{id}/status")
	String changeStatus(Actor actor, @PathVariable String id, @RequestParam String status, @RequestParam Long version,
			@RequestParam(required = false) String q, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonStatus wanted = "deactivated".equals(status) ? PersonStatus.DEACTIVATED : PersonStatus.ACTIVE;
		try {
			PersonView changed = this.people.update(actor, PersonId.fromPath(id), version,
					People.PersonChanges.status(wanted));
			return done(redirect, changed.person().name() + ((wanted == PersonStatus.DEACTIVATED)
					? " is deactivated: they can no longer sign in." : " is active again."), q);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("q", (q != null) ? q.strip() : "");
			return page(actor, model, Refusal.none(), ex.getMessage());
		}
	}

	@PostMapping("/admin/people/{id}/remove")
	String remove(Actor actor, @PathVariable String id, @RequestParam Long version,
			@RequestParam(required = false) String q, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonId person = PersonId.fromPath(id);
		String name = this.people.get(person).name();
		try {
			this.people.delete(actor, person, version);
			return done(redirect, "Removed " + name + ".", q);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("q", (q != null) ? q.strip() : "");
			return page(actor, model, Refusal.none(), ex.getMessage());
		}
	}

	private String page(Actor actor, Model model, Refusal refusal, String problem) {
		actor.require(actor.isAdmin(), "manage people");
		String words = (String) model.getAttribute("q");
		var everyone = (words != null && !words.isEmpty()) ? this.people.matching(words, Paging.MAX_LIMIT)
				: this.people.list(EVERYONE);
		var teamNames = this.teams.names(everyone.items().stream().flatMap((view) -> view.teamIds().stream()).toList());
		model.addAttribute("rows", everyone.items().stream().map((view) -> PersonRow.of(view, teamNames)).toList());
		model.addAttribute("total", everyone.total());
		model.addAttribute("searched", words != null && !words.isEmpty());
		var counts = this.people.countsByStatus();
		model.addAttribute("statusCounts", counts);
		model.addAttribute("everyone", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::value).toList());
		model.addAttribute("me", actor.personId().toString());
		model.addAttribute("refusal", refusal);
		model.addAttribute("problem", problem);
		return "organization/people";
	}

	/**
	 * The role named in a form; an unknown or missing one is left to the domain to
	 * refuse.
	 */
	private static Role role(String value) {
		return Arrays.stream(Role.values()).filter((role) -> role.value().equals(value)).findFirst().orElse(null);
	}

	/**
	 * Back to the list with a notice, and to the same search when the change was made
	 * from one, so that the changed row is still shown.
	 */
	private static String done(RedirectAttributes redirect, String notice, String q) {
		redirect.addFlashAttribute("notice", notice);
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q.strip());
		}
		return "redirect:/admin/people";
	}

}
