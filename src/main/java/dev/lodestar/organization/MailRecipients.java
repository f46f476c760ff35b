package dev.lodestar.organization;

import org.springframework.stereotype.Component;

import dev.lodestar.mail.Recipients;

/**
 * Keeps mail from deactivated people.
 */
@Component
class MailRecipients implements Recipients {

	private final People people;

	MailRecipients(People people) {
		this.people = people;
	}

	@Override
	public boolean receivesMail(String address) {
		return this.people.receivesMail(address);
	}

}
