package dev.lodestar.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The modules of the training, read once at start from {@code training/index.json} (their
 * order) and {@code training/<id>.json} (each module). A module that breaks the rules (no
 * sections, fewer than three or more than five questions, a question whose answer is not
 * exactly one of its options) stops the start rather than confuse a learner.
 */
@Component
public class TrainingCatalogue {

	static final String INDEX = "training/index.json";

	private final List<TrainingModule> modules;

	TrainingCatalogue(JsonMapper json) {
		this.modules = read(json);
	}

	/** Reads and checks every module of the resource files, in order. */
	static List<TrainingModule> read(JsonMapper json) {
		List<String> ids = load(json, INDEX, new TypeReference<List<String>>() {
		});
		List<TrainingModule> read = new ArrayList<>();
		for (String id : ids) {
			TrainingModule module = load(json, "training/" + id + ".json", new TypeReference<TrainingModule>() {
			});
			List<String> problems = problems(module);
			if (!id.equals(module.id())) {
				problems.add("its id is not " + id);
			}
			if (!problems.isEmpty()) {
				throw new IllegalStateException("The training module " + id + " is broken: " + problems);
			}
			read.add(module);
		}
		return List.copyOf(read);
	}

	/** What is wrong with a module; empty when nothing is. */
	static List<String> problems(TrainingModule module) {
		List<String> problems = new ArrayList<>();
		if (blank(module.id()) || blank(module.title()) || module.minutes() < 1) {
			problems.add("it needs an id, a title and its minutes");
		}
		if (!TrainingModule.EVERYONE.equals(module.audience()) && !TrainingModule.LEADS.equals(module.audience())) {
			problems.add("its audience must be everyone or leads");
		}
		if (module.sections() == null || module.sections().isEmpty()) {
			problems.add("it has no sections");
		}
		else {
			module.sections()
				.stream()
				.filter((section) -> blank(section.title()) || section.paragraphs() == null
						|| section.paragraphs().isEmpty())
				.forEach((section) -> problems.add("a section without title or text"));
		}
		if (module.questions() == null || module.questions().size() < 3 || module.questions().size() > 5) {
			problems.add("it needs 3 to 5 questions");
			return problems;
		}
		Set<String> questionIds = new HashSet<>();
		for (TrainingModule.Question question : module.questions()) {
			if (blank(question.id()) || !questionIds.add(question.id())) {
				problems.add("a question without an id of its own");
			}
			if (blank(question.text()) || blank(question.explanation())) {
				problems.add("question " + question.id() + " needs a text and an explanation");
			}
			List<String> options = (question.options() != null) ? question.options() : List.of();
			if (options.size() < 2 || new HashSet<>(options).size() != options.size()) {
				problems.add("question " + question.id() + " needs at least two different options");
			}
			if (options.stream().filter((option) -> option.equals(question.answer())).count() != 1) {
				problems.add("question " + question.id() + " needs exactly one right option");
			}
		}
		return problems;
	}

	/** Every module, in the order to take them. */
	public List<TrainingModule> all() {
		return this.modules;
	}

	/** The module with this id, if there is one. */
	public Optional<TrainingModule> find(String id) {
		return this.modules.stream().filter((module) -> module.id().equals(id)).findFirst();
	}

	/**
	 * The modules meant for a person: every module for someone who leads a team or runs
	 * the program, the modules for everyone otherwise.
	 */
	public List<TrainingModule> meantFor(boolean leads) {
		return this.modules.stream().filter((module) -> leads || !module.forLeads()).toList();
	}

	private static <T> T load(JsonMapper json, String resource, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The training could not be read from " + resource, ex);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
