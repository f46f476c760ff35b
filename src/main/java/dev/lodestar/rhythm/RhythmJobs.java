package dev.lodestar.rhythm;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rhythm's background job: a sweep every
 * {@code lodestar.rhythm.digest-sweep-interval} that sends the Friday digests once they
 * are due.
 */
@Configuration(proxyBeanMethods = false)
class RhythmJobs {

	@Bean
	RecurringTask<Void> rhythmDigestSweep(FridayDigests digests, Clock clock,
			@Value("${lodestar.rhythm.digest-sweep-interval:5m}") Duration interval) {
		return Tasks.recurring("rhythm-digest-sweep", FixedDelay.of(interval))
			.execute((instance, context) -> digests.sweep(clock.instant()));
	}

}
