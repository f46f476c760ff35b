package dev.lodestar.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.cycles.Phase;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;

/**
 * The survey on the OKR process of each cycle: its questions (the defaults until someone
 * changes them), anonymous answers while the cycle is in reflect, and the results.
 */
@Service
@Transactional
public class Surveys {

	/** The questions a cycle's survey starts with. */
	static final List<NewQuestion> DEFAULTS = List.of(
			new NewQuestion(null, "Our OKRs helped us focus on what matters.", "scale"),
			new NewQuestion(null, "The weekly check-ins were worth the time.", "scale"),
			new NewQuestion(null, "I understood how my team's OKRs connect to the company's.", "scale"),
			new NewQuestion(null, "The key results measured outcomes, not tasks.", "scale"),
			new NewQuestion(null, "Scoring felt fair.", "scale"),
			new NewQuestion(null, "What should we change about how we run OKRs?", "text"));

	/** The labels of the scale, from 1 to 5. */
	public static final List<String> SCALE = List.of("Strongly disagree", "Disagree", "Neither agree nor disagree",
			"Agree", "Strongly agree");

	/** The most questions a survey holds, so that it stays short. */
	public static final int MAX_QUESTIONS = 20;

	private final SurveyStore store;

	private final Cycles cycles;

	private final People people;

	Surveys(SurveyStore store, Cycles cycles, People people) {
		this.store = store;
		this.cycles = cycles;
		this.people = people;
	}

	/**
	 * A cycle's questions in order; the first time they are needed the survey is created
	 * with the default questions. A 404 for an unknown cycle.
	 */
	public List<SurveyQuestion> questions(CycleId cycleId) {
		this.cycles.get(cycleId);
		if (!this.store.exists(cycleId)) {
			try {
				this.store.create(cycleId, build(DEFAULTS, Map.of(), null));
			}
			catch (DuplicateKeyException ex) {
				// created by another request in the meantime: its questions are read
				// below
			}
		}
		return this.store.questions(cycleId);
	}

	/**
	 * Whether the questions can still change: until the first answer arrives and while
	 * the cycle is open.
	 */
	@Transactional(readOnly = true)
	public boolean editable(CycleId cycleId) {
		return !this.cycles.get(cycleId).isClosed() && this.store.responses(cycleId) == 0;
	}

	/**
	 * Replaces a cycle's questions (admins and champions): a question with the id of one
	 * already there is reworded or moved, one without an id is added, the ones left out
	 * are removed. Refused once the first answer arrived.
	 */
	public List<SurveyQuestion> putQuestions(Actor actor, CycleId cycleId, List<NewQuestion> questions) {
		actor.require(actor.runsProgram() && actor.mayWrite(), "change the survey's questions");
		Cycle cycle = this.cycles.get(cycleId);
		cycle.requireOpen();
		questions(cycleId);
		this.store.lock(cycleId);
		Map<UUID, SurveyQuestion> existing = new HashMap<>();
		this.store.questions(cycleId).forEach((question) -> existing.put(question.id(), question));
		List<SurveyQuestion> built = build(questions, existing, "questions");
		if (this.store.responses(cycleId) > 0) {
			throw new ConflictException(
					"People have started answering this survey, so its questions are fixed: changing them now would mix answers to different questions.");
		}
		this.store.replace(cycleId, built);
		return this.store.questions(cycleId);
	}

	private static List<SurveyQuestion> build(List<NewQuestion> questions, Map<UUID, SurveyQuestion> existing,
			String field) {
		FieldErrors errors = new FieldErrors();
		if (questions == null || questions.isEmpty()) {
			errors.add("questions", "must hold at least one question");
			errors.throwIfAny();
		}
		if (questions.size() > MAX_QUESTIONS) {
			errors.add("questions",
					"must hold at most " + MAX_QUESTIONS + " questions (holds " + questions.size() + ")");
		}
		List<SurveyQuestion> built = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			String prefix = field + "[" + i + "].";
			if (question == null) {
				errors.add(field + "[" + i + "]", "is required");
				continue;
			}
			String text = errors.title(prefix + "text", question.text());
			QuestionKind kind = QuestionKind.of(question.kind());
			if (kind == null) {
				errors.add(prefix + "kind", "must be scale or text");
			}
			UUID id = null;
			if (question.id() != null && !question.id().isBlank()) {
				try {
					id = UUID.fromString(question.id().strip());
				}
				catch (IllegalArgumentException ex) {
					errors.add(prefix + "id", "is not a question id");
				}
				if (id != null && !existing.containsKey(id)) {
					errors.add(prefix + "id", "is not a question of this survey");
				}
				else if (id != null && !seen.add(id)) {
					errors.add(prefix + "id", "appears twice");
				}
			}
			built.add(new SurveyQuestion((id != null) ? id : UUID.randomUUID(), i + 1, text, kind));
		}
		errors.throwIfAny();
		return built;
	}

	/**
	 * Answers a cycle's survey, anonymously: the person is noted as having answered, the
	 * answers are stored apart with nothing naming them. Open while the cycle is in
	 * reflect, once per person, and not for viewers. A question may be left out; at least
	 * one must be answered.
	 */
	public void answer(Actor actor, CycleId cycleId, List<Answer> answers) {
		actor.require(actor.mayWrite(), "answer the survey; viewers are not asked");
		Cycle cycle = this.cycles.get(cycleId);
		requireReflect(cycle);
		List<SurveyQuestion> questions = questions(cycleId);
		this.store.lock(cycleId);
		Map<UUID, SurveyQuestion> byId = new HashMap<>();
		questions.forEach((question) -> byId.put(question.id(), question));
		List<Checked> checked = check(answers, byId);
		if (!this.store.answeredBy(actor.personId(), List.of(cycleId)).isEmpty()) {
			throw SurveyStore.alreadyAnswered();
		}
		this.store.participate(cycleId, actor.personId());
		checked.forEach((answer) -> this.store.answer(answer.question(), answer.value(), answer.text()));
	}

	private static void requireReflect(Cycle cycle) {
		if (cycle.phase() != Phase.REFLECT) {
			throw new ConflictException("The survey of " + cycle.name()
					+ " is open while the cycle is in reflect; it is in " + cycle.phase().value() + ".");
		}
	}

	private static List<Checked> check(List<Answer> answers, Map<UUID, SurveyQuestion> questions) {
		FieldErrors errors = new FieldErrors();
		List<Checked> checked = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		List<Answer> given = (answers != null) ? answers : List.of();
		for (int i = 0; i < given.size(); i++) {
			Answer answer = given.get(i);
			String prefix = "answers[" + i + "].";
			if (answer == null) {
				errors.add("answers[" + i + "]", "is required");
				continue;
			}
			SurveyQuestion question = null;
			if (answer.questionId() == null || answer.questionId().isBlank()) {
				errors.add(prefix + "questionId", "is required");
			}
			else {
				try {
					question = questions.get(UUID.fromString(answer.questionId().strip()));
				}
				catch (IllegalArgumentException ex) {
					// reported below
				}
				if (question == null) {
					errors.add(prefix + "questionId", "is not a question of this survey");
				}
				else if (!seen.add(question.id())) {
					errors.add(prefix + "questionId", "is answered twice");
					question = null;
				}
			}
			if (question == null) {
				continue;
			}
			if (question.scale()) {
				if (answer.text() != null && !answer.text().isBlank()) {
					errors.add(prefix + "text", "a scale question takes a value from 1 to 5, not text");
				}
				if (answer.value() == null) {
					continue;
				}
				if (answer.value() < 1 || answer.value() > 5) {
					errors.add(prefix + "value", "must be from 1 to 5 (question " + question.id() + ")");
					continue;
				}
				checked.add(new Checked(question.id(), answer.value(), null));
			}
			else {
				if (answer.value() != null) {
					errors.add(prefix + "value", "a text question takes text, not a value");
				}
				String text = errors.text(prefix + "text", answer.text());
				if (text != null && !errors.has(prefix + "text")) {
					checked.add(new Checked(question.id(), null, text));
				}
			}
		}
		if (errors.isEmpty() && checked.isEmpty()) {
			errors.add("answers", "must answer at least one question");
		}
		errors.throwIfAny();
		return checked;
	}

	/** Whether a person has answered a cycle's survey. */
	@Transactional(readOnly = true)
	public boolean answered(Actor actor, CycleId cycleId) {
		return !this.store.answeredBy(actor.personId(), List.of(cycleId)).isEmpty();
	}

	/**
	 * The cycles in reflect whose survey a person is asked and has not answered yet: two
	 * queries. Viewers are not asked.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> waitingFor(Actor actor) {
		if (!actor.mayWrite()) {
			return List.of();
		}
		List<Cycle> reflecting = this.cycles.all().stream().filter((cycle) -> cycle.phase() == Phase.REFLECT).toList();
		Set<CycleId> answered = this.store.answeredBy(actor.personId(), reflecting.stream().map(Cycle::id).toList());
		return reflecting.stream().filter((cycle) -> !answered.contains(cycle.id())).toList();
	}

	/**
	 * What a cycle's survey adds up to (admins and champions); see
	 * {@link #results(CycleId)}.
	 */
	@Transactional(readOnly = true)
	public SurveyResults results(Actor actor, CycleId cycleId) {
		actor.require(actor.runsProgram(), "read the survey's results");
		this.cycles.get(cycleId);
		return results(cycleId);
	}

	/**
	 * What a cycle's survey adds up to, in two queries, for a report: no permission
	 * check, and a cycle whose survey was never opened has no questions and no responses.
	 * People asked are everyone but viewers, counted now.
	 */
	@Transactional(readOnly = true)
	public SurveyResults results(CycleId cycleId) {
		int asked = this.people.participantCount();
		SurveyStore.Tally tally = this.store.tally(cycleId);
		List<SurveyResults.QuestionResult> questions = tally.rows().stream().map((row) -> {
			Map<Integer, Integer> distribution = new java.util.LinkedHashMap<>();
			if (row.kind == QuestionKind.SCALE) {
				for (int value = 1; value <= 5; value++) {
					distribution.put(value, row.distribution.getOrDefault(value, 0));
				}
			}
			Double mean = (row.kind == QuestionKind.SCALE && row.count > 0) ? ((double) row.sum / row.count) : null;
			return new SurveyResults.QuestionResult(row.id, row.text, row.kind, row.count, mean, distribution,
					List.copyOf(row.texts));
		}).toList();
		double rate = (asked == 0) ? 0.0 : Math.min(1.0, (double) tally.responded() / asked);
		return new SurveyResults(asked, tally.responded(), rate, questions);
	}

	/** A question as someone writes it; {@code id} names one already there. */
	public record NewQuestion(String id, String text, String kind) {
	}

	/** One answer: a {@code value} from 1 to 5 for a scale question, text otherwise. */
	public record Answer(String questionId, Integer value, String text) {
	}

	private record Checked(UUID question, Integer value, String text) {
	}

}
