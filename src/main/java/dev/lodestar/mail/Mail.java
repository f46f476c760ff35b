package dev.lodestar.mail;

import java.io.Serializable;

/**
 * One mail to one person, in plain text and in HTML (the reader's program shows the one
 * it prefers).
 */
public record Mail(String to, String subject, String text, String html) implements Serializable {

	public Mail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs an address to go to");
		}
	}

}
