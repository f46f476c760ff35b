package dev.lodestar.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import dev.lodestar.organization.People;

/**
 * Finds the person signing in with email and password.
 */
@Component
class PersonDetailsService implements UserDetailsService {

	private final People people;

	PersonDetailsService(People people) {
		this.people = people;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.people.findByEmail(email)
			.map(SignedInPerson::new)
			.orElseThrow(() -> new UsernameNotFoundException("No person with that email"));
	}

}
