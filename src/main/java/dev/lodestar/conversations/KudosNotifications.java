package dev.lodestar.conversations;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.People;
import dev.lodestar.organization.Program;
import dev.lodestar.rhythm.KudosGiven;

/**
 * Tells a person that someone gave them kudos, with a link to the Friday page of the week
 * they were given in. Runs in the kudos' transaction.
 */
@Component
class KudosNotifications {

	private final Notifications notifications;

	private final People people;

	private final Program program;

	KudosNotifications(Notifications notifications, People people, Program program) {
		this.notifications = notifications;
		this.people = people;
		this.program = program;
	}

	@EventListener
	void on(KudosGiven given) {
		if (given.toPersonId().equals(given.fromPersonId())) {
			return;
		}
		String giver = this.people.names(List.of(given.fromPersonId())).getOrDefault(given.fromPersonId(), "Someone");
		String link = "/teams/" + given.teamId() + "/friday?week=" + this.program.settings().weekOf(given.at());
		this.notifications.post(
				new NewNotification(given.toPersonId(), "kudos", giver + " gave you kudos: " + given.message(), link));
	}

}
