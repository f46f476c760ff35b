package dev.lodestar.security;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.lodestar.organization.PasswordChanged;
import dev.lodestar.organization.PersonDeactivated;

/**
 * Closes what the old password opened, in the same transaction as the change: every
 * session of the person but the one that made the change (a change through the API, with
 * a token, keeps none), and every API token of theirs. Deactivating a person closes all
 * of their sessions and tokens the same way.
 */
@Component
class PasswordChanges {

	private final JdbcClient jdbc;

	PasswordChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void closeWhatTheOldPasswordOpened(PasswordChanged event) {
		this.jdbc.sql("delete from api_token where person_id = ?").param(event.personId().value()).update();
		String keep = currentSession().orElse("");
		for (String email : event.emails()) {
			this.jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
				.params(email, keep)
				.update();
		}
	}

	@EventListener
	void closeWhatADeactivatedPersonHadOpen(PersonDeactivated event) {
		this.jdbc.sql("delete from api_token where person_id = ?").param(event.personId().value()).update();
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(event.email()).update();
	}

	private static Optional<String> currentSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			return Optional.ofNullable(servlet.getRequest().getSession(false)).map(HttpSession::getId);
		}
		return Optional.empty();
	}

}
