package dev.lodestar.mail;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The job that hands a mail to the SMTP server. A refused or failed attempt is tried
 * again after {@code lodestar.mail.retry-delay}, doubling each time, up to
 * {@code lodestar.mail.max-attempts} attempts. A mail to someone who may no longer
 * receive mail ({@link Recipients}) is dropped when its turn comes, and so is a mail
 * posted while mail was on when mail is off by then ({@link MailSwitch}).
 */
@Configuration(proxyBeanMethods = false)
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	@Bean
	OneTimeTask<Mail> mailTask(ObjectProvider<JavaMailSender> senders, MailSwitch mailSwitch,
			ObjectProvider<Recipients> recipients, @Value("${lodestar.mail.from}") String from,
			@Value("${lodestar.mail.retry-delay:30s}") Duration retryDelay,
			@Value("${lodestar.mail.max-attempts:12}") int maxAttempts) {
		return Tasks.oneTime("mail", Mail.class)
			.onFailure(new FailureHandler.MaxRetriesFailureHandler<>(maxAttempts - 1,
					new FailureHandler.ExponentialBackoffFailureHandler<>(retryDelay, 2.0),
					(complete, operations) -> log.warn("Gave up sending a mail after {} attempts", maxAttempts)))
			.execute((instance, context) -> {
				Mail mail = instance.getData();
				JavaMailSender sender = senders.getIfAvailable();
				if (sender == null || !mailSwitch.isOn()) {
					// posted while mail was on, and mail is off since: dropped, not
					// retried
					log.info("Mail is off; dropped a mail that was waiting from before");
					return;
				}
				Recipients gate = recipients.getIfAvailable();
				if (gate == null || gate.receivesMail(mail.to())) {
					send(sender, from, mail);
				}
			});
	}

	private static void send(JavaMailSender sender, String from, Mail mail) {
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("The mail could not be composed", ex);
		}
		sender.send(message);
	}

}
