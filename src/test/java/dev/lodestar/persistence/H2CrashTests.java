package dev.lodestar.persistence;

import java.nio.file.Path;
import java.util.Map;

/**
 * The crash contract on the embedded H2 database in a file, as Lodestar stores its data
 * by default.
 */
class H2CrashTests extends CrashContract {

	@Override
	Map<String, String> storage(Path directory) {
		return Map.of("spring.datasource.url",
				"jdbc:h2:file:" + directory.resolve("data/lodestar") + ";LOCK_TIMEOUT=10000");
	}

	@Override
	String name() {
		return "H2";
	}

}
