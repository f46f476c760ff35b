package dev.lodestar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2SettingsTests {

	@Test
	void aDatabaseInAFileWritesEveryCommitBeforeItIsAnswered() {
		assertThat(H2Settings.apply("jdbc:h2:file:./data/lodestar;LOCK_TIMEOUT=10000"))
			.isEqualTo("jdbc:h2:file:./data/lodestar;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;WRITE_DELAY=0");
		assertThat(H2Settings.apply("jdbc:h2:./lodestar"))
			.isEqualTo("jdbc:h2:./lodestar;QUERY_CACHE_SIZE=256;WRITE_DELAY=0");
	}

	@Test
	void aDatabaseInMemoryOnlyKeepsMoreStatementPlans() {
		assertThat(H2Settings.apply("jdbc:h2:mem:tests;DB_CLOSE_DELAY=-1"))
			.isEqualTo("jdbc:h2:mem:tests;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
		assertThat(H2Settings.apply("jdbc:h2:tcp://db.internal/mem:tests"))
			.isEqualTo("jdbc:h2:tcp://db.internal/mem:tests;QUERY_CACHE_SIZE=256");
	}

	@Test
	void settingsInTheUrlWin() {
		String url = "jdbc:h2:file:./data/lodestar;write_delay=500;Query_Cache_Size=8";
		assertThat(H2Settings.apply(url)).isEqualTo(url);
		assertThat(H2Settings.apply("jdbc:h2:file:./data/lodestar;WRITE_DELAY=500"))
			.isEqualTo("jdbc:h2:file:./data/lodestar;WRITE_DELAY=500;QUERY_CACHE_SIZE=256");
	}

	@Test
	void otherDatabasesAreLeftAlone() {
		String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=lodestar";
		assertThat(H2Settings.apply(url)).isEqualTo(url);
	}

}
