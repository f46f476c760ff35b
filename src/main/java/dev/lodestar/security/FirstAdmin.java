package dev.lodestar.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.People;
import dev.lodestar.organization.Role;
import dev.lodestar.shared.FirstStart;
import dev.lodestar.shared.InvalidInputException;

/**
 * Creates the first admin from {@code LODESTAR_ADMIN_EMAIL} and
 * {@code LODESTAR_ADMIN_PASSWORD} when both are set and nobody exists yet. With people
 * already there it does nothing, so the variables can stay set. It runs once the
 * application is wired, before it takes requests, so nobody is offered the first-run
 * setup for an admin who is on the way.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final People people;

	private final String email;

	private final String password;

	private final String name;

	private final FirstStart firstStart;

	FirstAdmin(People people, FirstStart firstStart, @Value("${lodestar.admin.email:}") String email,
			@Value("${lodestar.admin.password:}") String password, @Value("${lodestar.admin.name:Admin}") String name) {
		this.people = people;
		this.firstStart = firstStart;
		this.email = email;
		this.password = password;
		this.name = name;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.email.isBlank() || this.password.isBlank()) {
			return;
		}
		boolean created = this.firstStart.exclusively(() -> {
			if (this.people.anyExists()) {
				return false;
			}
			try {
				this.people.register(new People.NewPerson(this.name, this.email, Role.ADMIN, this.password));
			}
			catch (InvalidInputException ex) {
				throw new IllegalStateException("The first admin from LODESTAR_ADMIN_EMAIL and LODESTAR_ADMIN_PASSWORD "
						+ "is refused: " + ex.getMessage(), ex);
			}
			return true;
		});
		if (created) {
			log.info("Created the first admin, {}", this.email);
		}
	}

}
