package dev.lodestar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features keep to their boundaries: each uses only what the others expose in their
 * top-level package, and no two features depend on each other in a circle.
 */
class ModularityTests {

	@Test
	void featuresKeepToTheirBoundaries() {
		ApplicationModules.of(LodestarApplication.class).verify();
	}

}
