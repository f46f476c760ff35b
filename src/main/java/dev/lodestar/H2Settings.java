package dev.lodestar;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The settings Lodestar gives an embedded H2 database unless its JDBC URL says otherwise:
 * <ul>
 * <li>{@code QUERY_CACHE_SIZE=256}: H2 keeps the plans of only 8 statements for each
 * connection, fewer than one check-in or one page runs, so every statement would be
 * parsed and planned afresh each time;</li>
 * <li>{@code WRITE_DELAY=0} for a database in a file: H2 writes committed changes to its
 * file up to 500 ms after the commit by default, so a process killed in that time loses
 * writes that were already answered. With no delay a write is in the file before its
 * answer leaves.</li>
 * </ul>
 * A setting already in the URL wins; URLs of other databases are left alone.
 */
final class H2Settings implements BeanPostProcessor {

	static final int QUERY_CACHE_SIZE = 256;

	private static final Map<String, String> FOR_EVERY_DATABASE = Map.of("QUERY_CACHE_SIZE",
			String.valueOf(QUERY_CACHE_SIZE));

	private static final Map<String, String> FOR_A_FILE = Map.of("WRITE_DELAY", "0");

	@Override
	public Object postProcessBeforeInitialization(Object bean, String name) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			pool.setJdbcUrl(apply(pool.getJdbcUrl()));
		}
		return bean;
	}

	/**
	 * The URL with Lodestar's settings added where it is an H2 URL that does not set
	 * them.
	 */
	static String apply(String url) {
		if (!url.startsWith("jdbc:h2:")) {
			return url;
		}
		Map<String, String> missing = new LinkedHashMap<>(FOR_EVERY_DATABASE);
		if (!inMemory(url)) {
			missing.putAll(FOR_A_FILE);
		}
		Arrays.stream(url.split(";"))
			.skip(1)
			.map((setting) -> setting.split("=", 2)[0].trim().toUpperCase(Locale.ROOT))
			.forEach(missing::remove);
		if (missing.isEmpty()) {
			return url;
		}
		return missing.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((setting) -> ";" + setting.getKey() + "=" + setting.getValue())
			.collect(Collectors.joining("", url, ""));
	}

	private static boolean inMemory(String url) {
		String database = url.substring("jdbc:h2:".length()).split(";", 2)[0];
		return database.startsWith("mem:") || database.contains("/mem:");
	}

}
