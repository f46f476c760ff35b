package dev.lodestar.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether Lodestar sends mail at all. Mail is on when an SMTP server is configured
 * ({@code spring.mail.host}, or a mail session from JNDI with
 * {@code spring.mail.jndi-name}); without one (the usual case on a laptop) mail is off:
 * nothing is posted, nothing is retried, and the pages where mail matters say so and how
 * to turn it on.
 */
@Component
public class MailSwitch {

	/** The settings that turn mail on, as the pages name them. */
	public static final String HOW_TO_TURN_ON = "SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, "
			+ "SPRING_MAIL_PASSWORD as the SMTP server needs)";

	private static final Logger log = LoggerFactory.getLogger(MailSwitch.class);

	private final boolean on;

	MailSwitch(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${spring.mail.jndi-name:}") String jndiName) {
		this.on = sender.getIfAvailable() != null && (!host.isBlank() || !jndiName.isBlank());
		if (!this.on) {
			log.info("Mail is off: no SMTP server is configured, so Lodestar sends no mail (reminders, digests, "
					+ "invitations, password resets). Set {} to turn it on.", HOW_TO_TURN_ON);
		}
	}

	/** Whether an SMTP server is configured, so that posted mail is sent. */
	public boolean isOn() {
		return this.on;
	}

	/** The settings that turn mail on, for pages that say mail is off. */
	public String howToTurnOn() {
		return HOW_TO_TURN_ON;
	}

}
