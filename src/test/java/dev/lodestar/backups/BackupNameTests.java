package dev.lodestar.backups;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackupNameTests {

	@Test
	void aBackupIsNamedAfterTheMomentItWasTaken() {
		Instant moment = Instant.parse("2026-12-05T08:15:02.123456Z");
		assertThat(BackupName.of(moment)).isEqualTo("lodestar-20261205-081502-123.zip");
		assertThat(BackupName.takenAt("lodestar-20261205-081502-123.zip"))
			.contains(Instant.parse("2026-12-05T08:15:02.123Z"));
	}

	@Test
	void onlyABackupsNameNamesABackup() {
		for (String name : new String[] { "../lodestar-20261205-081502-123.zip", "lodestar-20261205-081502-123.zip/..",
				"lodestar.mv.db", ".lodestar-20261205-081502-123.zip.part", "lodestar-20261305-081502-123.zip",
				"LODESTAR-20261205-081502-123.ZIP", "lodestar-20261205-081502-123.zip\0" }) {
			assertThat(BackupName.takenAt(name)).as(name).isEmpty();
		}
	}

	@Test
	void lodestarBacksUpOnlyAnH2DatabaseInAFile() {
		assertThat(Backups.refusalFor("jdbc:h2:file:/srv/lodestar/data/lodestar")).isEmpty();
		assertThat(Backups.refusalFor("jdbc:h2:./data/lodestar")).isEmpty();
		assertThat(Backups.refusalFor("jdbc:h2:mem:lodestar")).get().asString().contains("in memory");
		assertThat(Backups.refusalFor("jdbc:h2:tcp://db.internal/lodestar")).isPresent();
		assertThat(Backups.refusalFor("jdbc:postgresql://db.internal/lodestar")).get().asString().contains("pg_dump");
	}

}
