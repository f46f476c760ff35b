package dev.lodestar.backups;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lodestar.backups.SampleOrganisation.Snapshot;
import dev.lodestar.testing.Api;
import dev.lodestar.testing.LodestarProcess;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 procedure of docs/operations.md, as written: Lodestar with its default storage
 * ({@code ./data}) is backed up through the API while it runs; the backup, downloaded and
 * unzipped into the data directory of a fresh installation, starts a Lodestar that holds
 * the same organisation.
 */
class H2BackupRestoreTests {

	@TempDir
	Path directory;

	@Test
	void aBackupTakenWhileLodestarRunsRestoresIntoAFreshInstallation() throws Exception {
		Path original = Files.createDirectories(this.directory.resolve("original"));
		Path fresh = Files.createDirectories(this.directory.resolve("fresh"));
		SampleOrganisation organisation;
		Snapshot backedUp;
		try (LodestarProcess lodestar = LodestarProcess.start(original, Map.of())) {
			String token = lodestar.adminToken();
			Api admin = lodestar.anonymous().withToken(token);
			organisation = SampleOrganisation.make(admin);
			backedUp = organisation.snapshot(admin);
			Reply created = admin.post("/api/v1/backups", null);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			String name = created.field("name");
			assertThat(created.header("Location")).endsWith("/api/v1/backups/" + name);
			assertThat(Files.exists(original.resolve("data/backups").resolve(name))).isTrue();
			assertThat(admin.get("/api/v1/backups").json().get("items").get(0).get("name").asString()).isEqualTo(name);
			SampleOrganisation.make(admin);
			unzip(download(lodestar.port(), token, "/api/v1/backups/" + name), fresh.resolve("data"));
		}
		try (LodestarProcess restored = LodestarProcess.start(fresh, Map.of())) {
			Snapshot found = organisation.snapshot(restored.admin());
			System.out.println("[lodestar] H2 backup restored: " + backedUp + " backed up, " + found + " restored");
			assertThat(found).isEqualTo(backedUp);
		}
	}

	private static InputStream download(int port, String token, String path) throws Exception {
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
		return response.body();
	}

	private static void unzip(InputStream zip, Path into) throws IOException {
		Files.createDirectories(into);
		try (ZipInputStream entries = new ZipInputStream(zip)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				assertThat(target).startsWithRaw(into);
				Files.copy(entries, target);
			}
		}
	}

}
