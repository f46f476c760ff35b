package dev.lodestar.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * The training as a person takes it: the modules meant for them with what they completed,
 * answering a module's questions (a module is passed when every answer is right, and
 * passing completes it once, the first time kept), and who has finished for the people
 * who run the program and the leads of a team.
 */
@Service
@Transactional
public class Training {

	private final TrainingCatalogue catalogue;

	private final CompletionStore store;

	private final Teams teams;

	private final Clock clock;

	Training(TrainingCatalogue catalogue, CompletionStore store, Teams teams, Clock clock) {
		this.catalogue = catalogue;
		this.store = store;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * The modules meant for this person, in order, with when each was completed; one
	 * query.
	 */
	@Transactional(readOnly = true)
	public List<ModuleStatus> modules(Actor actor) {
		Map<String, Instant> completed = this.store.completedBy(actor.personId());
		return this.catalogue.meantFor(leadsToo(actor))
			.stream()
			.map((module) -> new ModuleStatus(module, completed.get(module.id())))
			.toList();
	}

	/**
	 * One module with when this person completed it; a 404 for an unknown one. A module
	 * for leads may be read by anyone.
	 */
	@Transactional(readOnly = true)
	public ModuleStatus module(Actor actor, String id) {
		TrainingModule module = get(id);
		return new ModuleStatus(module, this.store.completedBy(actor.personId()).get(module.id()));
	}

	/**
	 * Grades a person's answers to a module: every question needs one of its options (a
	 * 400 names {@code answers[<question id>]} otherwise, and {@code answers} when there
	 * are none). Passing (all right) completes the module; a second pass keeps the first
	 * time.
	 */
	public Grading answer(Actor actor, String id, Map<String, String> answers) {
		TrainingModule module = get(id);
		FieldErrors errors = new FieldErrors();
		if (answers == null || answers.isEmpty()) {
			errors.add("answers", "is required: one option for each question");
			errors.throwIfAny();
		}
		answers.keySet()
			.stream()
			.filter((questionId) -> module.question(questionId).isEmpty())
			.forEach((questionId) -> errors.add(field(questionId), "is not a question of this module"));
		List<Answered> graded = new ArrayList<>();
		for (TrainingModule.Question question : module.questions()) {
			String option = answers.get(question.id());
			if (option == null || option.isBlank()) {
				errors.add(field(question.id()), "is required: choose one of the options");
			}
			else if (!question.options().contains(option)) {
				errors.add(field(question.id()), "must be one of the question's options");
			}
			else {
				graded.add(new Answered(question, option, question.rightAnswer(option)));
			}
		}
		errors.throwIfAny();
		int correct = (int) graded.stream().filter(Answered::correct).count();
		boolean passed = correct == module.questions().size();
		Instant completedAt = this.store.completedBy(actor.personId()).get(module.id());
		if (passed && completedAt == null) {
			completedAt = this.clock.instant();
			this.store.complete(actor.personId(), module.id(), completedAt);
		}
		return new Grading(module, passed, correct, module.questions().size(), graded, completedAt);
	}

	/**
	 * Who has finished, by name: everyone (admins and champions only), or the members of
	 * one team (also its leads). Three queries, however many people.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Progress> progress(Actor actor, TeamId team, Paging paging) {
		if (team == null) {
			if (!actor.runsProgram()) {
				throw new ForbiddenException("Only admins and champions see everyone's training; a lead names a team.");
			}
		}
		else {
			this.teams.get(team);
			if (!actor.runsProgram() && !actor.leads(team)) {
				throw new ForbiddenException("Only admins, champions and the team's leads see its training.");
			}
		}
		ResultPage<CompletionStore.Learner> learners = this.store.learners(team, paging);
		Map<PersonId, Set<String>> completed = this.store
			.completedOf(learners.items().stream().map(CompletionStore.Learner::id).toList());
		return learners.map((learner) -> progressOf(learner, completed.getOrDefault(learner.id(), Set.of())));
	}

	/** How many of these people completed every module meant for them; one query. */
	@Transactional(readOnly = true)
	public int countDone(Collection<PersonId> people) {
		if (people.isEmpty()) {
			return 0;
		}
		return this.store.countDone(people, everyoneModules(), leadsModules());
	}

	/**
	 * How many completed every module meant for them among everyone who is not
	 * deactivated ({@code team} null) or among one team's members; one query. The caller
	 * has been allowed to see the progress.
	 */
	@Transactional(readOnly = true)
	public int countDoneIn(TeamId team) {
		return this.store.countDoneIn(team, everyoneModules(), leadsModules());
	}

	/** Every module, in order. */
	public List<TrainingModule> catalogue() {
		return this.catalogue.all();
	}

	private List<String> everyoneModules() {
		return this.catalogue.meantFor(false).stream().map(TrainingModule::id).toList();
	}

	private List<String> leadsModules() {
		return this.catalogue.all().stream().filter(TrainingModule::forLeads).map(TrainingModule::id).toList();
	}

	/** The modules for leads are meant for leads of a team, champions and admins. */
	public static boolean leadsToo(Actor actor) {
		return actor.runsProgram() || !actor.ledTeams().isEmpty();
	}

	private Progress progressOf(CompletionStore.Learner learner, Set<String> completed) {
		List<TrainingModule> meant = this.catalogue.meantFor(learner.leads());
		List<String> done = this.catalogue.all().stream().map(TrainingModule::id).filter(completed::contains).toList();
		boolean finished = meant.stream().allMatch((module) -> completed.contains(module.id()));
		return new Progress(learner.id(), learner.name(), done, meant.size(),
				(int) meant.stream().filter((module) -> completed.contains(module.id())).count(), finished);
	}

	private TrainingModule get(String id) {
		return this.catalogue.find(id).orElseThrow(() -> new NotFoundException("training module", id));
	}

	private static String field(String questionId) {
		return "answers[" + questionId + "]";
	}

	/** A module and when the person completed it ({@code null}: not yet). */
	public record ModuleStatus(TrainingModule module, Instant completedAt) {

		public boolean completed() {
			return this.completedAt != null;
		}

	}

	/** One question as answered: the option chosen and whether it was the right one. */
	public record Answered(TrainingModule.Question question, String option, boolean correct) {
	}

	/**
	 * The outcome of answering a module: whether it passed, how many answers were right,
	 * each answer, and when the module was completed ({@code null}: not yet).
	 */
	public record Grading(TrainingModule module, boolean passed, int correct, int total, List<Answered> answers,
			Instant completedAt) {

		/** The option chosen for each question, by question id. */
		public Map<String, String> chosen() {
			Map<String, String> chosen = new LinkedHashMap<>();
			this.answers.forEach((answered) -> chosen.put(answered.question().id(), answered.option()));
			return chosen;
		}

	}

	/**
	 * Where one person stands: the modules they completed (in order), how many of the
	 * modules meant for them that is, and whether they are done.
	 */
	public record Progress(PersonId personId, String name, List<String> completed, int meant, int completedMeant,
			boolean done) {
	}

}
