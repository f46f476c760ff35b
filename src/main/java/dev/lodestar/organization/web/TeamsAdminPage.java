package dev.lodestar.organization.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.PersonView;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;

/**
 * The tree of teams for admins and champions: create a team under another, rename, move
 * and delete it, and say who belongs to it and who leads it.
 */
@Controller
class TeamsAdminPage {

	private static final Paging EVERYONE = new Paging(Paging.MAX_LIMIT, 0);

	private final Teams teams;

	private final People people;

	TeamsAdminPage(Teams teams, People people) {
		this.teams = teams;
		this.people = people;
	}

	@GetMapping("/admin/teams")
	String teams(Actor actor, Model model) {
		return page(actor, model, Refusal.none(), null);
	}

	/**
	 * The forms to rename, move or delete one team, loaded in place when its section is
	 * opened, so that the page does not carry every team's choice of parents.
	 */
	@GetMapping("/admin/teams/{id}/edit")
	String edit(Actor actor, @PathVariable String id, Model model) {
		actor.require(actor.runsProgram(), "manage teams");
		TeamId team = TeamId.fromPath(id);
		List<TeamNode> tree = TeamNode.tree(this.teams.list(EVERYONE).items(), Map.of());
		model.addAttribute("node",
				TeamNode.find(tree, team.toString()).orElseThrow(() -> new NotFoundException("team", team)));
		model.addAttribute("options", TeamNode.options(tree));
		model.addAttribute("refusal", Refusal.none());
		return "organization/teams :: edit";
	}

	@PostMapping("/admin/teams")
	String create(Actor actor, @RequestParam String name, @RequestParam(required = false) String parentId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			TeamView created = this.teams.create(actor, name, parent(parentId).orElse(null));
			return done(redirect, "Created the team " + created.team().name() + ".");
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return page(actor, model, Refusal.of("new-team", typed(name, parentId), ex.errors()), null);
		}
	}

	@PostMapping("/admin/teams/{id}")
	String update(Actor actor, @PathVariable String id, @RequestParam String name,
			@RequestParam(required = false) String parentId, @RequestParam Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			TeamView changed = this.teams.update(actor, TeamId.fromPath(id), version,
					new Teams.TeamChanges(name, parent(parentId)));
			return done(redirect, "Saved the team " + changed.team().name() + ".");
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return page(actor, model, Refusal.of("team-" + id, typed(name, parentId), ex.errors()), null);
		}
	}

	@PostMapping("/admin/teams/{id}/delete")
	String delete(Actor actor, @PathVariable String id, @RequestParam Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.teams.delete(actor, TeamId.fromPath(id), version);
			return done(redirect, "Deleted the team.");
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			return page(actor, model, Refusal.none(), ex.getMessage());
		}
	}

	/**
	 * Adds the person whose email was chosen (the field offers everyone by name) as a
	 * member; someone already in the team keeps their place, lead or not.
	 */
	@PostMapping("/admin/teams/{id}/members")
	String addMember(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String person,
			RedirectAttributes redirect) {
		if (person.isBlank()) {
			return done(redirect, "Choose a person to add first.");
		}
		Optional<Person> found = this.people.findByEmail(person);
		if (found.isEmpty()) {
			return done(redirect, "Nobody has the email " + person.strip() + "; choose someone from the list.");
		}
		TeamId team = TeamId.fromPath(id);
		if (this.teams.view(team).memberIds().contains(found.get().id())) {
			return done(redirect, found.get().name() + " is already in the team.");
		}
		this.teams.putMember(actor, team, found.get().id(), false);
		return done(redirect, "Added " + found.get().name() + " to the team.");
	}

	@PostMapping("/admin/teams/{id}/members/{personId}/lead")
	String lead(Actor actor, @PathVariable String id, @PathVariable String personId, @RequestParam boolean lead,
			RedirectAttributes redirect) {
		this.teams.putMember(actor, TeamId.fromPath(id), PersonId.fromPath(personId), lead);
		String name = this.people.get(PersonId.fromPath(personId)).name();
		return done(redirect, name + (lead ? " now leads the team." : " no longer leads the team."));
	}

	@PostMapping("/admin/teams/{id}/members/{personId}/remove")
	String removeMember(Actor actor, @PathVariable String id, @PathVariable String personId,
			RedirectAttributes redirect) {
		this.teams.removeMember(actor, TeamId.fromPath(id), PersonId.fromPath(personId));
		return done(redirect, "Removed " + this.people.get(PersonId.fromPath(personId)).name() + " from the team.");
	}

	private String page(Actor actor, Model model, Refusal refusal, String problem) {
		actor.require(actor.runsProgram(), "manage teams");
		// The whole tree, however many teams (a page of 500 left the rest out)
		List<TeamView> all = this.teams.allWithMembers();
		List<PersonView> everyone = this.people.list(EVERYONE).items();
		Map<PersonId, String> names = this.people.everyone();
		List<TeamNode> tree = TeamNode.tree(all, names);
		model.addAttribute("tree", tree);
		model.addAttribute("options", TeamNode.options(tree));
		model.addAttribute("people",
				everyone.stream().map((view) -> new Choice(view.person().email(), view.person().name())).toList());
		model.addAttribute("refusal", refusal);
		model.addAttribute("problem", problem);
		model.addAttribute("admin", actor.isAdmin());
		return "organization/teams";
	}

	/**
	 * A person the add-member field offers: their name, and their email, which is what
	 * the field sends.
	 */
	record Choice(String email, String name) {
	}

	private static Optional<TeamId> parent(String parentId) {
		return (parentId == null || parentId.isBlank()) ? Optional.empty()
				: Optional.of(TeamId.fromField("parentId", parentId));
	}

	private static Map<String, String> typed(String name, String parentId) {
		return Map.of("name", name, "parentId", (parentId != null) ? parentId : "");
	}

	private static String done(RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/teams";
	}

}
