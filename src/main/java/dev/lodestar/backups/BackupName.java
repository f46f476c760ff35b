package dev.lodestar.backups;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names backups have: {@code lodestar-<UTC date>-<time>-<milliseconds>.zip}. A name
 * that does not have exactly this form names no backup, so a name sent by a client can
 * never reach outside the backups' directory.
 */
final class BackupName {

	private static final Pattern FORM = Pattern.compile("lodestar-(\\d{8}-\\d{6}-\\d{3})\\.zip");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private BackupName() {
	}

	static String of(Instant moment) {
		return "lodestar-" + STAMP.format(LocalDateTime.ofInstant(moment, ZoneOffset.UTC)) + ".zip";
	}

	/** When the backup of this name was taken; empty when it is not a backup's name. */
	static Optional<Instant> takenAt(String name) {
		var match = FORM.matcher(name);
		if (!match.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(match.group(1), STAMP).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
