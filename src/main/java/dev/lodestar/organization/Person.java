package dev.lodestar.organization;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import dev.lodestar.shared.FieldErrors;

/**
 * Someone who signs in to Lodestar. The email is the sign-in name and is unique; the
 * password is kept only as an adaptive hash, and may be absent for a person who has not
 * been given one yet. Only an {@link PersonStatus#ACTIVE active} person signs in.
 */
public record Person(@Id PersonId id, String name, String email, Role role, String passwordHash, Instant createdAt,
		PersonStatus status, @Version Long version) {

	public Person {
		status = (status != null) ? status : PersonStatus.ACTIVE;
	}

	private static final Pattern EMAIL = Pattern
		.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

	static final int EMAIL_MAX = 254;

	public static Person create(String name, String email, Role role, String passwordHash, Instant now) {
		return create(name, email, role, passwordHash, PersonStatus.ACTIVE, now);
	}

	public static Person create(String name, String email, Role role, String passwordHash, PersonStatus status,
			Instant now) {
		FieldErrors errors = new FieldErrors();
		String cleanName = errors.title("name", name);
		String cleanEmail = email(errors, email);
		errors.required("role", role);
		errors.throwIfAny();
		return new Person(PersonId.random(), cleanName, cleanEmail, role, passwordHash, now, status, null);
	}

	static String email(FieldErrors errors, String email) {
		String clean = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		if (clean.isEmpty()) {
			errors.add("email", "must not be blank");
		}
		else if (clean.length() > EMAIL_MAX || !EMAIL.matcher(clean).matches()) {
			errors.add("email", "must be an email address such as ada@example.com");
		}
		return clean;
	}

	public Person withName(String name) {
		FieldErrors errors = new FieldErrors();
		String clean = errors.title("name", name);
		errors.throwIfAny();
		return new Person(this.id, clean, this.email, this.role, this.passwordHash, this.createdAt, this.status,
				this.version);
	}

	public Person withEmail(String email) {
		FieldErrors errors = new FieldErrors();
		String clean = email(errors, email);
		errors.throwIfAny();
		return new Person(this.id, this.name, clean, this.role, this.passwordHash, this.createdAt, this.status,
				this.version);
	}

	public Person withRole(Role role) {
		return new Person(this.id, this.name, this.email, role, this.passwordHash, this.createdAt, this.status,
				this.version);
	}

	public Person withPasswordHash(String passwordHash) {
		return new Person(this.id, this.name, this.email, this.role, passwordHash, this.createdAt, this.status,
				this.version);
	}

	public Person withStatus(PersonStatus status) {
		return new Person(this.id, this.name, this.email, this.role, this.passwordHash, this.createdAt, status,
				this.version);
	}

	/** Whether the person may sign in, call the API and get mail. */
	public boolean active() {
		return this.status == PersonStatus.ACTIVE;
	}

}
