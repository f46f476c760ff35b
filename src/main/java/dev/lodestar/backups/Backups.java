package dev.lodestar.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.NotFoundException;

/**
 * Takes, lists and finds the backups of the embedded H2 database, for admins only.
 */
@Service
public class Backups {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Clock clock;

	private final Path directory;

	private volatile Optional<String> refusal;

	Backups(JdbcClient jdbc, DataSource dataSource, Clock clock,
			@Value("${lodestar.backups.directory}") Path directory) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
		this.directory = directory.toAbsolutePath().normalize();
	}

	/**
	 * Why Lodestar cannot back up its database itself, or empty when it can (H2 in a
	 * file).
	 */
	public Optional<String> refusal() {
		if (this.refusal == null) {
			this.refusal = refusalFor(databaseUrl());
		}
		return this.refusal;
	}

	/**
	 * Backs up the whole database, online, into a new zip file of the backups' directory.
	 * @throws ConflictException when the database is not H2 in a file
	 */
	public synchronized Backup create(Actor actor) {
		requireAdmin(actor);
		refusal().ifPresent((reason) -> {
			throw new ConflictException(reason);
		});
		String name = BackupName.of(this.clock.instant());
		Path target = this.directory.resolve(name);
		Path partial = this.directory.resolve("." + name + ".part");
		if (Files.exists(target)) {
			throw new ConflictException("A backup named " + name + " exists already; try again.");
		}
		try {
			Files.createDirectories(this.directory);
			Files.deleteIfExists(partial);
			this.jdbc.sql("BACKUP TO '" + partial.toString().replace("'", "''") + "'").update();
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the backup " + target, ex);
		}
		return read(target).orElseThrow();
	}

	/** Every backup in the backups' directory, newest first. */
	public List<Backup> list(Actor actor) {
		requireAdmin(actor);
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.map(this::read)
				.flatMap(Optional::stream)
				.sorted(Comparator.comparing(Backup::createdAt).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the backups in " + this.directory, ex);
		}
	}

	/**
	 * The backup of this name.
	 * @throws NotFoundException when there is none, or the name is not a backup's name
	 */
	public Backup get(Actor actor, String name) {
		requireAdmin(actor);
		return BackupName.takenAt(name)
			.flatMap((taken) -> read(this.directory.resolve(name)))
			.orElseThrow(() -> new NotFoundException("backup", name));
	}

	/** The directory that holds the backups. */
	public Path directory() {
		return this.directory;
	}

	private Optional<Backup> read(Path file) {
		String name = file.getFileName().toString();
		return BackupName.takenAt(name).filter((taken) -> Files.isRegularFile(file)).map((taken) -> {
			try {
				return new Backup(name, Files.size(file), taken, file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private String databaseUrl() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read which database Lodestar uses", ex);
		}
	}

	static Optional<String> refusalFor(String url) {
		String database = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()).split(";", 2)[0] : "";
		if (database.isEmpty() || database.startsWith("tcp:") || database.startsWith("ssl:")) {
			return Optional.of("Lodestar backs up only an H2 database it embeds. Back up this database with its own "
					+ "tools: on PostgreSQL, pg_dump -Fc (docs/operations.md, \"Backup\").");
		}
		if (database.startsWith("mem:") || database.contains("/mem:")) {
			return Optional.of("This Lodestar keeps its database in memory, which ends with the process: there is "
					+ "nothing on disk to back up. Give it a database in a file, or PostgreSQL and pg_dump.");
		}
		return Optional.empty();
	}

	private static void requireAdmin(Actor actor) {
		actor.require(actor.isAdmin(), "manage backups");
	}

}
