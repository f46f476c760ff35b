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
 * refuses.
 */
@Service
public class Outbox {

	private final Jobs jobs;

	private final OneTimeTask<Mail> delivery;

	private final Clock clock;

	Outbox(Jobs jobs, OneTimeTask<Mail> mailTask, Clock clock) {
		this.jobs = jobs;
		this.delivery = mailTask;
		this.clock = clock;
	}

	public void post(Mail mail) {
		this.jobs.schedule(this.delivery.instance(UUID.randomUUID().toString(), mail), this.clock.instant());
	}

	/**
	 * Posts many mails at once, in batched inserts (for thousands of invitations), in the
	 * caller's transaction like {@link #post(Mail)}.
	 */
	public void postAll(List<Mail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		List<TaskInstance<?>> instances = new ArrayList<>(mails.size());
		mails.forEach((mail) -> instances.add(this.delivery.instance(UUID.randomUUID().toString(), mail)));
		this.jobs.client().scheduleBatch(instances, this.clock.instant());
	}

}
