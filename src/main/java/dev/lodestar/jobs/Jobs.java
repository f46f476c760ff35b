package dev.lodestar.jobs;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Schedules background jobs. Scheduling inside a transaction is part of it: a job
 * scheduled by a change that is rolled back never runs.
 */
@Component
public class Jobs {

	private final ObjectProvider<Scheduler> scheduler;

	Jobs(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Runs a job at {@code at} (now or later), unless one with the same task and instance
	 * id is waiting already; answers whether it was scheduled.
	 */
	public <T> boolean schedule(TaskInstance<T> instance, Instant at) {
		return client().scheduleIfNotExists(instance, at);
	}

	/** The scheduler's client, for what {@link #schedule} does not cover. */
	public SchedulerClient client() {
		return this.scheduler.getObject();
	}

}
