package dev.lodestar.setup.web;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.web.myweek.MyWeekSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.setup.SetupWizard;

/**
 * A banner at the top of an admin's My week while the setup wizard is open (neither
 * finished nor dismissed, and no cycle launched yet): one statement for an admin, none
 * for anyone else.
 */
@Component
class SetupOnMyWeek implements MyWeekSection {

	private final SetupWizard wizard;

	SetupOnMyWeek(SetupWizard wizard) {
		this.wizard = wizard;
	}

	@Override
	public String template() {
		return "setup/fragments";
	}

	@Override
	public Object view(Actor actor) {
		return (actor.isAdmin() && this.wizard.open()) ? "open" : null;
	}

}
