package dev.lodestar.testing;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * The SQL statements an action runs, as text, for tests that say which statements a page
 * costs and not only how many. The job scheduler's polling, which runs on its own timer
 * whatever the action, is left out, so that a slow page does not seem to cost more.
 */
public final class StatementLog {

	private StatementLog() {
	}

	/**
	 * The statements run while {@code action} runs, in order; {@code dataSource} is the
	 * application's, which the tests put behind a counting proxy.
	 */
	public static List<String> during(DataSource dataSource, Runnable action) {
		if (!(dataSource instanceof ProxyDataSource proxy)) {
			throw new IllegalStateException("The data source is not behind the counting proxy");
		}
		List<String> seen = new CopyOnWriteArrayList<>();
		QueryExecutionListener recorder = new QueryExecutionListener() {
			@Override
			public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			}

			@Override
			public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
				queries.forEach((query) -> seen.add(query.getQuery()));
			}
		};
		var chain = proxy.getProxyConfig().getQueryListener();
		chain.addListener(recorder);
		try {
			action.run();
		}
		finally {
			chain.getListeners().remove(recorder);
		}
		return seen.stream().filter((sql) -> !sql.toLowerCase(Locale.ROOT).contains("scheduled_tasks")).toList();
	}

}
