package dev.lodestar.cycles;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class CycleNameMigrationTests {

	@Test
	void cyclesOfTheSameNameOnH2AreToldApartAndNoMoreAreLetIn() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:cycles-name-migration;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		CycleNameMigration.keepsTheOldestNameAndTellsTheOthersApart(dataSource, "PUBLIC");
	}

}
