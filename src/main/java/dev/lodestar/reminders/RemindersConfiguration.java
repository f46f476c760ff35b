package dev.lodestar.reminders;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that sends the check-in reminders: every instance wakes it up each
 * {@code lodestar.reminders.sweep-interval} (db-scheduler runs it on one of them at a
 * time), and it sends what is due. A changed check-in day or time therefore takes effect
 * at the next sweep, and an instance that was down on the check-in day catches up when it
 * is back, within the same week.
 */
@Configuration(proxyBeanMethods = false)
class RemindersConfiguration {

	@Bean
	RecurringTask<Void> remindersSweepTask(ObjectProvider<Reminders> reminders,
			@Value("${lodestar.reminders.sweep-interval:5m}") Duration interval) {
		return Tasks.recurring("reminders-sweep", FixedDelay.of(interval))
			.execute((instance, context) -> reminders.getObject().sweep());
	}

}
