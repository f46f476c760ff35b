package dev.lodestar.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.conversations.NewNotification;
import dev.lodestar.conversations.Notifications;
import dev.lodestar.objectives.Objective;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;

/**
 * Tells the people who must act on a review step: on a submission, the approvers (the
 * leads of the parent teams of the owning teams; the champions for a team without a
 * parent or whose parent has no lead, and for a company-wide objective); on an approval
 * or a request for changes, the submitter and the owning teams' leads. Whoever took the
 * step is not told. Runs in the step's transaction, so the notifications are kept exactly
 * when the step is.
 */
@Component
class ReviewNotifications {

	static final String KIND = "review";

	private final Notifications notifications;

	private final Teams teams;

	private final People people;

	ReviewNotifications(Notifications notifications, Teams teams, People people) {
		this.notifications = notifications;
		this.teams = teams;
		this.people = people;
	}

	@EventListener
	void on(ObjectiveReviewed reviewed) {
		Objective objective = reviewed.objective();
		ReviewStep step = reviewed.step();
		Set<PersonId> to = (step.action() == ReviewAction.SUBMIT) ? approvers(objective) : team(reviewed);
		to.remove(step.by());
		if (to.isEmpty()) {
			return;
		}
		String who = (step.by() != null) ? this.people.names(List.of(step.by())).getOrDefault(step.by(), "Someone")
				: "Someone";
		String text = switch (step.action()) {
			case SUBMIT -> who + " submitted “" + objective.title() + "” for your review";
			case APPROVE -> who + " approved and published “" + objective.title() + "”";
			case REQUEST_CHANGES -> who + " requested changes to “" + objective.title() + "”: " + step.comment();
		};
		String link = "/objectives/" + objective.id();
		to.forEach((person) -> this.notifications.post(new NewNotification(person, KIND, text, link)));
	}

	private Set<PersonId> approvers(Objective objective) {
		Set<PersonId> approvers = new LinkedHashSet<>();
		List<TeamId> owners = objective.teamIds();
		Map<TeamId, TeamId> parents = this.teams.parentsOf(owners);
		Map<TeamId, List<PersonId>> leads = this.teams.leadsOf(parents.values());
		boolean champions = owners.isEmpty();
		for (TeamId owner : owners) {
			List<PersonId> parentLeads = leads.getOrDefault(parents.get(owner), List.of());
			champions = champions || parentLeads.isEmpty();
			approvers.addAll(parentLeads);
		}
		if (champions) {
			approvers.addAll(this.people.champions());
		}
		return approvers;
	}

	private Set<PersonId> team(ObjectiveReviewed reviewed) {
		Set<PersonId> told = new LinkedHashSet<>();
		if (reviewed.submitter() != null) {
			told.add(reviewed.submitter());
		}
		this.teams.leadsOf(reviewed.objective().teamIds()).values().forEach(told::addAll);
		return told;
	}

}
