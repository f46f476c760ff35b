package dev.lodestar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features keep to their boundaries: each uses only what the others expose in their
 * top-level package, only the modules its {@code package-info} allows
 * ({@code @ApplicationModule(allowedDependencies = ...)}, besides the shared
 * {@code shared} and {@code web}), and no two features depend on each other in a circle.
 * The module documentation in docs/modules (a diagram of all modules, one per module, and
 * a canvas of each) is written from the same model, so it is as true as this test.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LodestarApplication.class);

	@Test
	void featuresKeepToTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writeTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
