package dev.lodestar.dependencies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.conversations.NewNotification;
import dev.lodestar.conversations.Notifications;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.TeamView;
import dev.lodestar.organization.Teams;

/**
 * Tells the leads of both teams that a dependency was asked for or decided, each with a
 * link to their own team's page; whoever did it is not told. Runs in the transaction of
 * the request or decision, so the notifications are kept exactly when it is.
 */
@Component
class DependencyNotifications {

	static final String KIND = "dependency";

	private final Notifications notifications;

	private final Teams teams;

	DependencyNotifications(Notifications notifications, Teams teams) {
		this.notifications = notifications;
		this.teams = teams;
	}

	@EventListener
	void on(DependencyRequested requested) {
		Dependency dependency = requested.dependency();
		Names names = names(dependency);
		String text = names.from() + " asks " + names.to() + ": " + dependency.description();
		notify(dependency, requested.by(), text);
	}

	@EventListener
	void on(DependencyDecided decided) {
		Dependency dependency = decided.dependency();
		Names names = names(dependency);
		String text = names.to() + " " + dependency.status().value() + " what " + names.from() + " asked: "
				+ dependency.description() + ((dependency.note() != null) ? " — " + dependency.note() : "");
		notify(dependency, decided.by(), text);
	}

	private void notify(Dependency dependency, PersonId by, String text) {
		Map<PersonId, String> links = new LinkedHashMap<>();
		for (TeamId team : List.of(dependency.toTeamId(), dependency.fromTeamId())) {
			TeamView view = this.teams.view(team);
			view.leadIds().forEach((lead) -> links.putIfAbsent(lead, link(dependency, team)));
		}
		links.remove(by);
		links.forEach((person, link) -> this.notifications.post(new NewNotification(person, KIND, text, link)));
	}

	private Names names(Dependency dependency) {
		Map<TeamId, String> names = this.teams.names(List.of(dependency.fromTeamId(), dependency.toTeamId()));
		return new Names(names.getOrDefault(dependency.fromTeamId(), "A team"),
				names.getOrDefault(dependency.toTeamId(), "a team"));
	}

	/** Where a lead of one of the two teams sees the dependency: their team's page. */
	static String link(Dependency dependency, TeamId team) {
		return UriComponentsBuilder.fromPath("/teams/{team}")
			.queryParam("cycle", dependency.cycleId().toString())
			.fragment("dependency-" + dependency.id())
			.buildAndExpand(team.toString())
			.toUriString();
	}

	private record Names(String from, String to) {
	}

}
