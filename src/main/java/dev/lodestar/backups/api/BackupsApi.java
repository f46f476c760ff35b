package dev.lodestar.backups.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.backups.Backup;
import dev.lodestar.backups.Backups;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;

/**
 * {@code /api/v1/backups}: online backups of the embedded H2 database, for admins.
 */
@RestController
@RequestMapping("/api/v1/backups")
class BackupsApi {

	private static final String PROBLEM = "application/problem+json";

	private final Backups backups;

	BackupsApi(Backups backups) {
		this.backups = backups;
	}

	@PostMapping
	@ApiCreated
	@Operation(summary = "Back up the H2 database now, while Lodestar runs (admins)",
			responses = { @ApiResponse(responseCode = "409",
					description = "The database is PostgreSQL or in memory: back it up with pg_dump",
					content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<BackupResource> create(Actor actor) {
		Backup backup = this.backups.create(actor);
		return Created.at("/api/v1/backups/{name}", backup.name()).body(BackupResource.of(backup));
	}

	@GetMapping
	@Operation(summary = "The backups, newest first (admins)")
	ApiListing<BackupResource> list(Actor actor) {
		List<BackupResource> items = this.backups.list(actor).stream().map(BackupResource::of).toList();
		return new ApiListing<>(items, items.size());
	}

	@GetMapping("/{name}")
	@Operation(summary = "Download one backup, a zip file (admins)", responses = {
			@ApiResponse(responseCode = "200", description = "The zip file",
					content = @Content(mediaType = "application/zip",
							schema = @Schema(type = "string", format = "binary"))),
			@ApiResponse(responseCode = "404", description = "No backup of that name",
					content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class))) })
	ResponseEntity<Resource> download(Actor actor, @PathVariable String name) {
		return this.backups.get(actor, name).download();
	}

	/** A backup as the API shows it. */
	record BackupResource(String name, long size, Instant createdAt) {

		static BackupResource of(Backup backup) {
			return new BackupResource(backup.name(), backup.size(), backup.createdAt());
		}

	}

}
