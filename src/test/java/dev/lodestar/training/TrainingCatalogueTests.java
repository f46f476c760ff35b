package dev.lodestar.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules as the resource files write them: every file parses, every module has
 * sections to read and three to five questions with exactly one right option each and an
 * explanation, the module for leads is the last, and a broken module is refused.
 */
class TrainingCatalogueTests {

	private final List<TrainingModule> modules = TrainingCatalogue.read(JsonMapper.builder().build());

	@Test
	void sixModulesParseInTheirOrder() {
		assertThat(this.modules).extracting(TrainingModule::id)
			.containsExactly("okrs-and-why", "writing-objectives", "outcome-key-results", "confidence-and-check-ins",
					"scoring-and-reflecting", "running-the-rhythm");
		assertThat(this.modules).filteredOn(TrainingModule::forLeads)
			.extracting(TrainingModule::id)
			.containsExactly("running-the-rhythm");
	}

	@Test
	void everyModuleHasSectionsAndQuestionsWithOneRightOption() {
		for (TrainingModule module : this.modules) {
			assertThat(TrainingCatalogue.problems(module)).as(module.id()).isEmpty();
			assertThat(module.minutes()).as(module.id()).isBetween(2, 10);
			assertThat(module.sections()).as(module.id()).hasSizeBetween(2, 6);
			module.sections().forEach((section) -> assertThat(section.paragraphs()).isNotEmpty());
			assertThat(module.questions()).as(module.id()).hasSizeBetween(3, 5);
			for (TrainingModule.Question question : module.questions()) {
				assertThat(question.options()).as(question.text()).doesNotHaveDuplicates().hasSizeGreaterThan(1);
				assertThat(question.options().stream().filter(question::rightAnswer)).as(question.text()).hasSize(1);
				assertThat(question.explanation()).as(question.text()).isNotBlank();
			}
			assertThat(new HashSet<>(module.questions().stream().map(TrainingModule.Question::id).toList()))
				.hasSize(module.questions().size());
		}
	}

	@Test
	void theRightAnswersAreNotAlwaysInTheSamePlace() {
		List<Integer> places = new ArrayList<>();
		this.modules.forEach((module) -> module.questions()
			.forEach((question) -> places.add(question.options().indexOf(question.answer()))));
		assertThat(new HashSet<>(places)).hasSizeGreaterThan(1);
	}

	@Test
	void aBrokenModuleIsRefused() {
		TrainingModule good = this.modules.getFirst();
		TrainingModule.Question question = good.questions().getFirst();
		List<TrainingModule.Question> twoRight = new ArrayList<>(good.questions());
		twoRight.set(0, new TrainingModule.Question(question.id(), question.text(),
				List.of(question.answer(), question.answer()), question.answer(), question.explanation()));
		assertThat(TrainingCatalogue.problems(withQuestions(good, twoRight)))
			.anyMatch((problem) -> problem.contains("exactly one right option"));
		List<TrainingModule.Question> noneRight = new ArrayList<>(good.questions());
		noneRight.set(0, new TrainingModule.Question(question.id(), question.text(), question.options(),
				"Something else", question.explanation()));
		assertThat(TrainingCatalogue.problems(withQuestions(good, noneRight)))
			.anyMatch((problem) -> problem.contains("exactly one right option"));
		assertThat(TrainingCatalogue.problems(withQuestions(good, good.questions().subList(0, 2))))
			.anyMatch((problem) -> problem.contains("3 to 5 questions"));
		assertThat(TrainingCatalogue.problems(new TrainingModule(good.id(), good.title(), good.minutes(),
				good.audience(), good.summary(), List.of(), good.questions())))
			.anyMatch((problem) -> problem.contains("no sections"));
	}

	private static TrainingModule withQuestions(TrainingModule module, List<TrainingModule.Question> questions) {
		return new TrainingModule(module.id(), module.title(), module.minutes(), module.audience(), module.summary(),
				module.sections(), questions);
	}

}
