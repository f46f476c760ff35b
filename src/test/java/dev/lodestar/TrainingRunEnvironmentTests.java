package dev.lodestar;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRunEnvironmentTests {

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
		new TrainingRunEnvironment().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void aTrainingRunKeepsAwayFromTheConfiguredDatabasePortAndJobs() {
		StandardEnvironment environment = environment(Map.of("lodestar.training-run", "true", "spring.datasource.url",
				"jdbc:postgresql://db.internal:5432/lodestar", "spring.datasource.username", "lodestar", "server.port",
				"8080", "lodestar.jobs.enabled", "true"));

		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:");
		assertThat(environment.getProperty("spring.datasource.driver-class-name")).isEqualTo("org.h2.Driver");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("sa");
		assertThat(environment.getProperty("server.port")).isEqualTo("0");
		assertThat(environment.getProperty("lodestar.jobs.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("lodestar.admin.email")).isEqualTo(TrainingRunEnvironment.EMAIL);
	}

	@Test
	void withoutTheSwitchNothingChanges() {
		StandardEnvironment environment = environment(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.internal:5432/lodestar", "server.port", "8080"));

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.internal:5432/lodestar");
		assertThat(environment.getProperty("server.port")).isEqualTo("8080");
		assertThat(environment.getPropertySources().contains("lodestarTrainingRun")).isFalse();
	}

}
