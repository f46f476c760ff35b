package dev.lodestar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Lodestar: an OKR platform that runs an organisation's whole OKR cycle. Each feature is
 * a module in a package of its own; every module may use {@code shared} and {@code web},
 * and says in its {@code package-info} which other modules it may use.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "shared", "web" })
public class LodestarApplication {

	public static void main(String[] args) {
		SpringApplication.run(LodestarApplication.class, args);
	}

}
