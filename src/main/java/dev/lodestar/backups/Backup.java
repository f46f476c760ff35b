package dev.lodestar.backups;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One backup: a zip file of the whole H2 database, named after the moment it was taken.
 *
 * @param name the file's name, such as {@code lodestar-20261205-081502-123.zip}
 * @param size its size in bytes
 * @param createdAt when it was taken
 * @param file where it is
 */
public record Backup(String name, long size, Instant createdAt, Path file) {

	/** The answer that downloads it, for the API and the page alike. */
	public ResponseEntity<Resource> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(this.size)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.name).build().toString())
			.body(new FileSystemResource(this.file));
	}

}
