package dev.lodestar.cycles;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import dev.lodestar.testing.PostgresSuite;

@PostgresSuite
class CycleNameMigrationOnPostgresTests {

	@Test
	void cyclesOfTheSameNameOnPostgresAreToldApartAndNoMoreAreLetIn() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(PostgresSuite.URL + "?currentSchema=cycles_name_migration");
		dataSource.setUser(PostgresSuite.USER);
		CycleNameMigration.keepsTheOldestNameAndTellsTheOthersApart(dataSource, "cycles_name_migration");
	}

}
