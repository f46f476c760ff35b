package dev.lodestar.templates;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;
import dev.lodestar.coach.Findings;
import dev.lodestar.coach.Severity;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.organization.TeamId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's rule {@code template-unchanged}, with good and bad examples: a draft
 * started from a template and left as it is gets a warning on its title and on each key
 * result still the template's; one adapted in words and numbers gets none, and so does an
 * objective written from scratch or not stored yet.
 */
class TemplateUnchangedTests extends ApiTest {

	@Autowired
	private TemplateUnchanged rule;

	@Test
	void aDraftLeftAsTheTemplateWroteItIsToldToAdaptItsTitleAndEachKeyResult() {
		Started started = start();
		Draft unchanged = draft(started, "Customers get their problem solved in the first reply",
				List.of(kr("Tickets solved with a single reply", 38.0, 60.0),
						kr("  Median hours   to resolution ", 26.0, 8.0),
						kr("Customer satisfaction with support", 82.0, 92.0)));

		List<Finding> found = check(unchanged);

		assertThat(found).extracting(Finding::field)
			.containsExactly("title", "keyResults[0].title", "keyResults[1].title", "keyResults[2].title");
		assertThat(found).allSatisfy((finding) -> {
			assertThat(finding.rule()).isEqualTo("template-unchanged");
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).startsWith("Adapt the template: ");
			assertThat(finding.advice()).isNotBlank();
		});
	}

	@Test
	void aDraftAdaptedInWordsAndNumbersIsLeftAlone() {
		Started started = start();
		Draft adapted = draft(started, "Shop owners get a working answer from us the first time they ask",
				List.of(kr("Tickets solved with a single reply", 45.0, 65.0),
						kr("Median hours until a shop owner's ticket is solved", 26.0, 8.0)));

		assertThat(check(adapted)).isEmpty();
	}

	@Test
	void onlyTheKeyResultsStillTheTemplatesAreFlagged() {
		Started started = start();
		Draft partly = draft(started, "Shop owners get a working answer the first time",
				List.of(kr("Tickets solved with a single reply", 40.0, 70.0),
						kr("Customer satisfaction with support", 82.0, 92.0)));

		assertThat(check(partly)).extracting(Finding::field).containsExactly("keyResults[1].title");
	}

	@Test
	void objectivesNotFromATemplateAndTextNotStoredYetAreLeftAlone() {
		Started started = start();
		String own = objective(started.cycle(), started.team());
		Draft fromScratch = new Draft(new ObjectiveId(UUID.fromString(own)),
				new CycleId(UUID.fromString(started.cycle())), List.of(),
				"Customers get their problem solved in the first reply", null, ObjectiveKind.COMMITTED, List.of());
		Draft typed = new Draft(null, new CycleId(UUID.fromString(started.cycle())), List.of(),
				"Customers get their problem solved in the first reply", null, ObjectiveKind.COMMITTED, List.of());

		Findings findings = new Findings();
		this.rule.check(List.of(fromScratch, typed), findings);
		assertThat(findings.of(fromScratch)).isEmpty();
		assertThat(findings.of(typed)).isEmpty();
	}

	@Test
	void aBatchOfDraftsIsReadWithOneStatement() {
		List<Draft> one = List.of(draft(start(), "Ours", List.of()));
		List<Draft> five = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			five.add(draft(start(), "Ours " + i, List.of()));
		}
		assertThat(this.queries.during(() -> this.rule.check(one, new Findings()))).isEqualTo(1);
		assertThat(this.queries.during(() -> this.rule.check(five, new Findings()))).isEqualTo(1);
	}

	private Started start() {
		String team = team("Support " + UUID.randomUUID());
		String cycle = cycle("set");
		Reply used = this.admin.post("/api/v1/templates/support-first-contact/use",
				Map.of("cycleId", cycle, "teamId", team));
		assertThat(used.status()).as(used.toString()).isEqualTo(201);
		return new Started(used.field("id"), cycle, team);
	}

	private List<Finding> check(Draft draft) {
		Findings findings = new Findings();
		this.rule.check(List.of(draft), findings);
		return findings.of(draft);
	}

	private static Draft draft(Started started, String title, List<Draft.KeyResultDraft> keyResults) {
		return new Draft(new ObjectiveId(UUID.fromString(started.objective())),
				new CycleId(UUID.fromString(started.cycle())), List.of(new TeamId(UUID.fromString(started.team()))),
				title, "Why", ObjectiveKind.COMMITTED, keyResults);
	}

	private static Draft.KeyResultDraft kr(String title, Double start, Double target) {
		return new Draft.KeyResultDraft(null, title, KeyResultType.METRIC, start, target, null);
	}

	private record Started(String objective, String cycle, String team) {
	}

}
