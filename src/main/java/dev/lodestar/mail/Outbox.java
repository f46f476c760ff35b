package dev.lodestar.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Service;

import dev.lodestar.jobs.Jobs;

/**
 * Where features post mail. Posting stores the mail as a job in the same transaction as
 * whatever caused it; a job sends it shortly after and retries while the SMTP server
 * refuses. While mail is off ({@link MailSwitch}) posting does nothing: no job is stored,
 * so nothing is attempted or retried.
 */
@Service
public class Outbox {

	private final Jobs jobs;

	private final OneTimeTask<Mail> delivery;

	private final Clock clock;

	private final MailSwitch mailSwitch;

	Outbox(Jobs jobs, OneTimeTask<Mail> mailTask, Clock clock, MailSwitch mailSwitch) {
		this.jobs = jobs;
		this.delivery = mailTask;
		this.clock = clock;
		this.mailSwitch = mailSwitch;
	}

	/**
	 * Whether posted mail is sent: {@code false} while no SMTP server is configured, when
	 * posting does nothing.
	 */
	public boolean sends() {
		return this.mailSwitch.isOn();
	}

	public void post(Mail mail) {
		if (!sends()) {
			return;
		}
		this.jobs.schedule(this.delivery.instance(UUID.randomUUID().toString(), mail), this.clock.instant());
	}

	/**
	 * Posts many mails at once, in batched inserts (for thousands of invitations), in the
	 * caller's transaction like {@link #post(Mail)}.
	 */
	public void postAll(List<Mail> mails) {
		if (mails.isEmpty() || !sends()) {
			return;
		}
		List<TaskInstance<?>> instances = new ArrayList<>(mails.size());
		mails.forEach((mail) -> instances.add(this.delivery.instance(UUID.randomUUID().toString(), mail)));
		this.jobs.client().scheduleBatch(instances, this.clock.instant());
	}

}
