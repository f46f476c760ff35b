package dev.lodestar.training.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.web.myweek.MyWeekSection;
import dev.lodestar.organization.Actor;
import dev.lodestar.training.Training;
import dev.lodestar.training.TrainingModule;

/**
 * My week's invitation to the training, until the person has completed every module meant
 * for them: how many are done and the next one to take. One query.
 */
@Component
class TrainingOnMyWeek implements MyWeekSection {

	private final Training training;

	TrainingOnMyWeek(Training training) {
		this.training = training;
	}

	@Override
	public String template() {
		return "training/fragments";
	}

	@Override
	public Object view(Actor actor) {
		List<Training.ModuleStatus> modules = this.training.modules(actor);
		long done = modules.stream().filter(Training.ModuleStatus::completed).count();
		TrainingModule next = modules.stream()
			.filter((status) -> !status.completed())
			.map(Training.ModuleStatus::module)
			.findFirst()
			.orElse(null);
		return (next == null) ? null : new Invitation(done, modules.size(), next);
	}

	/** How many of the person's modules are done, of how many, and the next one. */
	public record Invitation(long done, int total, TrainingModule next) {
	}

}
