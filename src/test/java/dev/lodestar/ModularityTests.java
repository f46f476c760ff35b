package dev.lodestar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features keep to their boundaries: each uses only what the others expose in their
 * top-level package, only the modules its {@code package-info} allows
 * ({@code @ApplicationModule(allowedDependencies = ...)}, besides the shared
 * {@code shared} and {@code web}), and no two features depend on each other in a circle.
 * <p>
 * The module documentation in docs/modules (a diagram of all modules, one per module, and
 * a canvas of each) is written from the same model, and this test fails when it no longer
 * says what the code does. The documenter lists relations and components in no fixed
 * order, so a file holds when it has the same lines in any order. To write it anew:
 * {@code ./mvnw test -Dtest=ModularityTests -Dlodestar.modules-docs=write}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LodestarApplication.class);

	static final Path DOCUMENTED = Path.of("docs/modules");

	@Test
	void featuresKeepToTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void moduleDocumentationSaysWhatTheCodeDoes() throws IOException {
		boolean write = "write".equals(System.getProperty("lodestar.modules-docs"));
		Path folder = write ? DOCUMENTED : Files.createDirectories(Path.of("target/modules-docs"));
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		List<String> written = names(folder);
		assertThat(names(DOCUMENTED)).as("the files of docs/modules").isEqualTo(written);
		for (String name : written) {
			assertThat(sortedLines(DOCUMENTED.resolve(name)))
				.as("docs/modules/%s (write it anew: -Dlodestar.modules-docs=write)", name)
				.isEqualTo(sortedLines(folder.resolve(name)));
		}
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> sortedLines(Path file) {
		try {
			// a canvas starts each table cell's list on the cell's line ("|* first"), and
			// which item comes first varies: the cell mark is counted as a line of its
			// own
			return Files.readAllLines(file)
				.stream()
				.map(String::strip)
				.flatMap((line) -> line.startsWith("|* ") ? Stream.of("|", line.substring(1)) : Stream.of(line))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
