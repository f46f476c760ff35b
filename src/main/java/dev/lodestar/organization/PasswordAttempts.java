package dev.lodestar.organization;

import java.util.function.BooleanSupplier;

import dev.lodestar.shared.TooManyAttemptsException;

/**
 * Counts a password typed again (to change one's email or password) as a sign-in attempt,
 * so that it is held back like one after too many failures. The security feature, which
 * keeps the counts, provides it.
 */
public interface PasswordAttempts {

	/**
	 * Runs the check of a password for an email as one counted attempt.
	 * @param email the person's email
	 * @param matches whether the password is right
	 * @return the check's answer
	 * @throws TooManyAttemptsException when the email or the client has failed too often
	 * lately
	 */
	boolean check(String email, BooleanSupplier matches);

}
