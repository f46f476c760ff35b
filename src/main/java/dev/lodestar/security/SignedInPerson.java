package dev.lodestar.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import dev.lodestar.organization.Person;
import dev.lodestar.organization.PersonId;

/**
 * The principal of a signed-in person, whichever way they signed in.
 */
class SignedInPerson extends User {

	private final PersonId personId;

	SignedInPerson(Person person) {
		super(person.email(), (person.passwordHash() != null) ? person.passwordHash() : "",
				person.passwordHash() != null && person.active(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + person.role().name())));
		this.personId = person.id();
	}

	PersonId personId() {
		return this.personId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInPerson signedIn && signedIn.personId.equals(this.personId);
	}

	@Override
	public int hashCode() {
		return this.personId.hashCode();
	}

}
