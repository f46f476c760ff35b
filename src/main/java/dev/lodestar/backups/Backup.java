package dev.lodestar.backups;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup: a zip file of the whole H2 database, named after the moment it was taken.
 *
 * @param name the file's name, such as {@code lodestar-20261205-081502-123.zip}
 * @param size its size in bytes
 * @param createdAt when it was taken
 * @param file where it is
 */
public record Backup(String name, long size, Instant createdAt, Path file) {

}
