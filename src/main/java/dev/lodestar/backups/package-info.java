/**
 * Backups of the embedded H2 database while Lodestar runs: an admin starts one (H2's
 * {@code BACKUP TO}, consistent without stopping anybody), lists them and downloads them,
 * through the API or the backups page. They are zip files in one directory
 * ({@code lodestar.backups.directory}); restoring is unzipping one into the data
 * directory of a stopped Lodestar. On PostgreSQL, or with the database in memory,
 * Lodestar refuses and points to {@code pg_dump} (docs/operations.md).
 */
@ApplicationModule(allowedDependencies = { "organization" })
package dev.lodestar.backups;

import org.springframework.modulith.ApplicationModule;
