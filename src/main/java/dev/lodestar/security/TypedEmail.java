package dev.lodestar.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The email typed into a sign-in that failed, kept in the session for the one page that
 * asks again, so that only the password has to be typed again. The password is never
 * kept.
 */
public final class TypedEmail {

	private static final String ATTRIBUTE = TypedEmail.class.getName();

	/** The longest email kept (as long as an address may be). */
	private static final int MAX_LENGTH = 254;

	private TypedEmail() {
	}

	/**
	 * Keeps the email of a failed sign-in ({@code username}) for the next sign-in page.
	 */
	static void keep(HttpServletRequest request) {
		String email = request.getParameter("username");
		if (email != null && !email.isBlank() && email.length() <= MAX_LENGTH) {
			request.getSession().setAttribute(ATTRIBUTE, email.strip());
		}
	}

	/**
	 * The email kept from a failed sign-in, once ({@code null} when none): the next
	 * sign-in page shows it and it is gone.
	 */
	public static String take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object email = session.getAttribute(ATTRIBUTE);
		if (email != null) {
			session.removeAttribute(ATTRIBUTE);
		}
		return (email instanceof String text) ? text : null;
	}

}
