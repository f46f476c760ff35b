package dev.lodestar.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One db-scheduler per instance, knowing every job the features declare. It polls the
 * {@code scheduled_tasks} table ({@code lodestar.jobs.polling-interval}); with
 * {@code lodestar.jobs.enabled=false} an instance schedules jobs but runs none.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	/**
	 * What the names of the scheduler's threads start with ({@code db-scheduler-job-1},
	 * {@code db-scheduler-due-1}, ...), so that logs (and the tests' statement counts)
	 * tell the jobs' work from the requests'.
	 */
	static final String THREADS = "db-scheduler-";

	@Bean
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${lodestar.jobs.polling-interval:10s}") Duration pollingInterval,
			@Value("${lodestar.jobs.threads:4}") int threads) {
		List<Task<?>> recurring = tasks.stream().filter(OnStartup.class::isInstance).toList();
		List<Task<?>> others = tasks.stream().filter((task) -> !(task instanceof OnStartup)).toList();
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
			.startTasks(recurring.stream().map((task) -> (Task<?> & OnStartup) task).toList())
			.schedulerName(new SchedulerName.Fixed("lodestar-" + UUID.randomUUID()))
			.pollingInterval(pollingInterval)
			.threads(threads)
			.executorService(Executors.newFixedThreadPool(threads, named("job-")))
			.dueExecutor(Executors.newSingleThreadExecutor(named("due-")))
			.housekeeperExecutor(Executors.newScheduledThreadPool(3, named("housekeeper-")))
			.alwaysPersistTimestampInUTC()
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	private static java.util.concurrent.ThreadFactory named(String kind) {
		return Thread.ofPlatform().name(THREADS + kind, 1).daemon(true).factory();
	}

	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler, @Value("${lodestar.jobs.enabled:true}") boolean enabled) {
		return new SchedulerLifecycle(scheduler, enabled);
	}

	/**
	 * Starts the scheduler once the application is up and stops it, letting running jobs
	 * finish, when it shuts down.
	 */
	private static final class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;

		private final boolean enabled;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
			this.scheduler = scheduler;
			this.enabled = enabled;
		}

		@Override
		public void start() {
			if (this.enabled) {
				this.scheduler.start();
			}
			this.running = true;
		}

		@Override
		public void stop() {
			if (this.enabled) {
				this.scheduler.stop();
			}
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		/**
		 * A stopped db-scheduler cannot start again, so a paused context (as the test
		 * framework pauses the ones it keeps for later) leaves it running.
		 */
		@Override
		public boolean isPauseable() {
			return false;
		}

	}

}
