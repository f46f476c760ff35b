package dev.lodestar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps a training run ({@code lodestar.training-run=true}, see {@link TrainingRun}) away
 * from everything real: whatever the environment says, it runs on a throwaway in-memory
 * database of its own, on a free port, with a first admin of its own and without
 * background jobs, so that it neither touches the configured database nor sends mail.
 */
class TrainingRunEnvironment implements EnvironmentPostProcessor {

	static final String EMAIL = "training@lodestar.invalid";

	static final String PASSWORD = "training-run-only";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(TrainingRun.SWITCH, Boolean.class, false)) {
			return;
		}
		Map<String, Object> training = new LinkedHashMap<>();
		training.put("spring.datasource.url", "jdbc:h2:mem:lodestar-training;DB_CLOSE_DELAY=-1");
		training.put("spring.datasource.driver-class-name", "org.h2.Driver");
		training.put("spring.datasource.username", "sa");
		training.put("spring.datasource.password", "");
		training.put("server.port", "0");
		training.put("lodestar.jobs.enabled", "false");
		training.put("lodestar.demo.enabled", "false");
		training.put("lodestar.admin.email", EMAIL);
		training.put("lodestar.admin.password", PASSWORD);
		training.put("lodestar.admin.name", "Training");
		environment.getPropertySources().addFirst(new MapPropertySource("lodestarTrainingRun", training));
	}

}
