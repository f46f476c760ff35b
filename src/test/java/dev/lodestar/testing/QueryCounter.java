package dev.lodestar.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs, so a test can say how many statements
 * one page or API call took and that the number does not grow with the data. Statements
 * of background jobs (db-scheduler's threads polling for due jobs and running them) are
 * left out, and so is Spring Session's clean-up of expired sessions: they run on their
 * own schedule, not because of the request being counted.
 */
public final class QueryCounter implements QueryExecutionListener {

	private static final String BACKGROUND_JOBS = "db-scheduler";

	/**
	 * Spring Session removes expired web sessions once a minute, on its own schedule: a
	 * statement no request causes.
	 */
	private static final String SESSION_CLEAN_UP = "from spring_session where expiry_time";

	private static final java.time.Duration QUIET = java.time.Duration.ofMillis(40);

	private final AtomicLong statements = new AtomicLong();

	public long count() {
		return this.statements.get();
	}

	/**
	 * How many statements an action runs. Only meaningful while nothing else is talking
	 * to the application, as in a test. A response can reach the client before the server
	 * has finished with the request (Spring Session saves the session after the body is
	 * written), so the count is read once the application has been quiet for a moment,
	 * both before and after the action.
	 */
	public long during(Runnable action) {
		long before = awaitQuiet();
		action.run();
		return awaitQuiet() - before;
	}

	private long awaitQuiet() {
		long last = count();
		long quietSince = System.nanoTime();
		while (System.nanoTime() - quietSince < QUIET.toNanos()) {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			long now = count();
			if (now != last) {
				last = now;
				quietSince = System.nanoTime();
			}
		}
		return last;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (Thread.currentThread().getName().startsWith(BACKGROUND_JOBS) || queries.stream()
			.anyMatch((query) -> query.getQuery()
				.toLowerCase(java.util.Locale.ROOT)
				.replaceAll("\\s+", " ")
				.contains(SESSION_CLEAN_UP))) {
			return;
		}
		this.statements.addAndGet(Math.max(1, queries.size()));
	}

	/**
	 * Puts every DataSource behind a counting proxy.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Counting {

		@Bean
		QueryCounter queryCounter() {
			return new QueryCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(
				org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !name.contains("counting")) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counting")
							.listener(counter.getObject())
							.build();
					}
					return bean;
				}
			};
		}

	}

}
