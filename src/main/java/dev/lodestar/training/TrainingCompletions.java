package dev.lodestar.training;

import java.util.Collection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.PersonId;

/**
 * Who has finished the training: what other features (the readiness of a cycle) ask.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCompletions {

	private final Training training;

	TrainingCompletions(Training training) {
		this.training = training;
	}

	/**
	 * How many of these people have finished every module meant for them (the modules for
	 * leads too where they lead a team or are a champion or an admin), in one query.
	 */
	public int countDone(Collection<PersonId> people) {
		return this.training.countDone(people);
	}

}
