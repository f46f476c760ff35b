package dev.lodestar.templates;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.coach.Coach;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;
import dev.lodestar.coach.Severity;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.organization.TeamId;
import dev.lodestar.testing.ApiTest;

import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in templates are examples of what the coach asks for, and their bad versions
 * of what it catches: every template, read as a draft of a team's objective, gets no
 * warning from the real coach with all its rules, and every bad version gets at least
 * one. The bad version is given the good one's why, so that its warnings come from its
 * title and key results, not from a missing why.
 */
class BuiltInTemplatesCoachTests extends ApiTest {

	@Autowired
	private Coach coach;

	@Autowired
	private BuiltInTemplates library;

	@Test
	void everyBuiltInTemplateGetsNoWarning() {
		Place place = place();
		assertThat(this.library.all()).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (Template template : this.library.all()) {
			Draft draft = new Draft(null, place.cycle(), List.of(place.team()), template.title(),
					template.description(), ObjectiveKind.COMMITTED,
					template.keyResults()
						.stream()
						.map((kr) -> new Draft.KeyResultDraft(null, kr.title(), kr.type(), kr.startValue(),
								kr.targetValue(), kr.unit()))
						.toList());

			softly.assertThat(warnings(draft)).as(template.id().toString()).isEmpty();
		}
		softly.assertAll();
	}

	@Test
	void everyBadVersionGetsAWarningBeyondAMissingWhy() {
		Place place = place();
		SoftAssertions softly = new SoftAssertions();
		for (Template template : this.library.all()) {
			assertThat(template.bad()).as(template.id().toString()).isNotNull();
			Draft draft = new Draft(null, place.cycle(), List.of(place.team()), template.bad().title(),
					template.description(), ObjectiveKind.COMMITTED,
					template.bad()
						.keyResults()
						.stream()
						.map((title) -> new Draft.KeyResultDraft(null, title, null, null, null, null))
						.toList());

			softly.assertThat(warnings(draft))
				.as(template.id().toString())
				.isNotEmpty()
				.noneMatch((finding) -> finding.rule().equals("no-why"));
		}
		softly.assertAll();
	}

	private List<Finding> warnings(Draft draft) {
		return this.coach.check(draft).stream().filter((finding) -> finding.severity() == Severity.WARNING).toList();
	}

	private Place place() {
		return new Place(new CycleId(UUID.fromString(cycle("set"))),
				new TeamId(UUID.fromString(team("Templates " + UUID.randomUUID()))));
	}

	private record Place(CycleId cycle, TeamId team) {
	}

}
