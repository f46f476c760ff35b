package dev.lodestar.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.coach.OutputNotOutcomeRule.Verdict;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.objectives.ObjectivesOfCycle.Owned;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;

/**
 * Each of the coach's rules on good and bad drafts, and the output-versus-outcome reading
 * on a table of key results as teams write them, each with the verdict a coach would
 * give; the last rows are what it misses (the user guide lists them).
 */
class CoachRulesTests {

	private static final CycleId CYCLE = CycleId.random();

	private static final TeamId TEAM = new TeamId(UUID.randomUUID());

	private static final String WHY = "Customers drop out at the checkout, and each of them is revenue we lost.";

	@Test
	void noWhyWantsASentenceThatIsNotTheTitle() {
		NoWhyRule rule = new NoWhyRule();
		assertThat(found(rule, draft("Make paying effortless", null))).containsExactly("no-why warning description");
		assertThat(found(rule, draft("Make paying effortless", "   "))).containsExactly("no-why warning description");
		assertThat(found(rule, draft("Make paying effortless", "Important"))).hasSize(1);
		assertThat(found(rule, draft("Make paying effortless", "Q3 company priority"))).hasSize(1);
		assertThat(found(rule, draft("Make paying effortless", "Make paying effortless!"))).hasSize(1);
		assertThat(found(rule, draft("Make paying effortless", WHY))).isEmpty();
	}

	@Test
	void twoToFiveKeyResults() {
		KeyResultCountRules rules = new KeyResultCountRules();
		CoachRule few = rules.tooFewKeyResults();
		CoachRule many = rules.tooManyKeyResults();
		assertThat(found(few, withKeyResults(0))).containsExactly("too-few-key-results warning keyResults");
		assertThat(found(few, withKeyResults(1))).containsExactly("too-few-key-results info keyResults");
		assertThat(found(few, withKeyResults(2))).isEmpty();
		assertThat(found(many, withKeyResults(5))).isEmpty();
		assertThat(found(many, withKeyResults(6))).containsExactly("too-many-key-results warning keyResults");
		assertThat(found(many, withKeyResults(9))).hasSize(1);
	}

	@Test
	void noTargetWantsAStartATargetAndAChange() {
		NoTargetRule rule = new NoTargetRule();
		assertThat(found(rule, draft(kr("Checkout completion", KeyResultType.METRIC, 62.0, 80.0)))).isEmpty();
		assertThat(found(rule, draft(kr("Checkout completion", KeyResultType.METRIC, null, 80.0))))
			.containsExactly("no-target warning keyResults[0].startValue");
		assertThat(found(rule, draft(kr("Checkout completion", KeyResultType.METRIC, 62.0, null))))
			.containsExactly("no-target warning keyResults[0].targetValue");
		assertThat(found(rule, draft(kr("Checkout completion", KeyResultType.METRIC, 62.0, 62.0))))
			.containsExactly("no-target warning keyResults[0].targetValue");
		assertThat(found(rule, draft(kr("Uptime", KeyResultType.PERCENTAGE, 100.0, null))))
			.containsExactly("no-target warning keyResults[0].targetValue");
		assertThat(found(rule, draft(kr("Uptime", KeyResultType.PERCENTAGE, null, null)))).isEmpty();
		assertThat(found(rule, draft(kr("Improve customer satisfaction", null, null, null))))
			.containsExactly("no-target warning keyResults[0].title");
		assertThat(found(rule, draft(kr("NPS from 30 to 45", null, null, null)))).isEmpty();
		assertThat(found(rule, draft(kr("Launch the new app", KeyResultType.MILESTONE, null, null)))).isEmpty();
		assertThat(found(rule, draft(kr("Everything below", KeyResultType.ROLLUP, null, null)))).isEmpty();
		assertThat(found(rule, draft(kr("  ", null, null, null)))).isEmpty();
	}

	@Test
	void anObjectiveIsQualitative() {
		MetricInObjectiveRule rule = new MetricInObjectiveRule();
		assertThat(found(rule, draft("Increase revenue by 20 %", WHY)))
			.containsExactly("metric-in-objective info title");
		assertThat(found(rule, draft("Churn from 4 % to 2 %", WHY))).hasSize(1);
		assertThat(found(rule, draft("Make paying effortless", WHY))).isEmpty();
		assertThat(found(rule, draft("Win the 2027 mid-market", WHY))).isEmpty();
		assertThat(found(rule, draft("Be the team customers trust in Q3", WHY))).isEmpty();
	}

	@Test
	void anObjectiveThatNamesWorkIsWorthAThought() {
		OutputNotOutcomeRule rule = new OutputNotOutcomeRule();
		assertThat(found(rule, draft("Launch the new checkout", WHY))).containsExactly("output-not-outcome info title");
		assertThat(found(rule, draft("Migrate billing to the new platform", WHY))).hasSize(1);
		assertThat(found(rule, draft("A new pricing page", WHY))).hasSize(1);
		assertThat(found(rule, draft("Make paying effortless", WHY))).isEmpty();
		assertThat(found(rule, draft("Delight our customers", WHY))).isEmpty();
	}

	/**
	 * Key results as teams write them, with what a coach would say: {@code outcome}
	 * (nothing), {@code output} and {@code counted} (warnings), {@code leads} and
	 * {@code milestone} (infos), {@code unmeasured} (left to {@code no-target}).
	 */
	@ParameterizedTest(name = "{0} ({1}) is {4}")
	@CsvSource(delimiter = '|', textBlock = """
			Checkout completion from 62 % to 80 %                    | percentage | 62  | 80  | outcome
			Reduce average support response time from 40 to 25 minutes | metric   | 40  | 25  | outcome
			Raise NPS to 45                                          | metric     | 31  | 45  | outcome
			p95 page load under 2 s                                  | metric     | 3.4 | 2   | outcome
			Grow weekly active teams by 20 %                         | metric     | 500 | 600 | outcome
			Sign 20 new enterprise customers                         |            |     |     | outcome
			Monthly churn below 2 %                                  | percentage | 3.1 | 2   | outcome
			Employee engagement score from 6.8 to 7.5                | metric     | 6.8 | 7.5 | outcome
			Cut cloud costs by €20k a month                          | metric     | 90  | 70  | outcome
			Double trial-to-paid conversion                          | percentage | 4   | 8   | outcome
			Zero critical incidents in production                    | metric     | 6   | 0   | outcome
			Onboarding time under 3 days                             | metric     | 7   | 3   | outcome
			Active customers                                         | metric     | 100 | 150 | outcome
			Churn below 2 % by 30 June                               | milestone  |     |     | outcome
			Launch the new onboarding flow                           | milestone  |     |     | milestone
			Customer advisory board formed                           | milestone  |     |     | milestone
			Build a customer dashboard                               | metric     | 0   | 1   | counted
			Implement SSO                                            |            |     |     | output
			Ship version 2 of the mobile app                         |            |     |     | output
			Migrate billing to the new platform                      |            |     |     | output
			Write the Q3 sales playbook                              | percentage | 0   | 100 | counted
			Redesigning the settings page                            |            |     |     | output
			New pricing page                                         |            |     |     | output
			Pricing page live in all markets                         |            |     |     | output
			Hold 12 customer interviews                              | metric     | 0   | 12  | counted
			Publish 10 blog posts                                    | metric     | 0   | 10  | counted
			Hire 5 senior engineers                                  |            |     |     | counted
			Launch a referral programme to grow sign-ups by 15 %     | metric     | 800 | 920 | leads
			Roll out self-service refunds to cut refund tickets by half | metric  | 400 | 200 | leads
			Improve customer satisfaction                            |            |     |     | unmeasured
			Better documentation                                     |            |     |     | unmeasured
			Everything the teams below contribute                    | rollup     |     |     | not_read
			Page views up 20 %                                       | metric     | 100 | 120 | outcome
			30 tickets closed                                        | metric     | 0   | 30  | outcome
			Stand up a data team                                     |            |     |     | unmeasured
			Median minutes to restore service after an incident      | metric     | 95  | 30  | outcome
			Median days from application to offer                   | metric     | 41  | 25  | outcome
			New joiners who say after 90 days that they know what is expected of them | percentage | 58 | 85 | outcome
			Budget owners who get their monthly report by the sixth working day | percentage | 10 | 100 | outcome
			Guide readers who start a trial                          | metric     | 0.4 | 1.5 | outcome
			Help articles rated helpful                              | percentage | 61  | 80  | outcome
			Number of blog posts                                     | metric     | 0   | 10  | counted
			New onboarding flow for teams                            |            |     |     | output
			""")
	void outputsAreToldFromOutcomes(String title, String type, Double start, Double target, String verdict) {
		KeyResultType kind = (type != null) ? KeyResultType.valueOf(type.toUpperCase(java.util.Locale.ROOT)) : null;
		assertThat(OutputNotOutcomeRule.verdict(kr(title, kind, start, target)))
			.isEqualTo(Verdict.valueOf(verdict.toUpperCase(java.util.Locale.ROOT)
				.replace("COUNTED", "COUNTED_OUTPUT")
				.replace("LEADS", "LEADS_WITH_WORK")));
	}

	@Test
	void outputsAreWarningsAndMilestonesInfosNamedByTheirKeyResult() {
		OutputNotOutcomeRule rule = new OutputNotOutcomeRule();
		Draft draft = draft(kr("Checkout completion from 62 % to 80 %", KeyResultType.PERCENTAGE, 62.0, 80.0),
				kr("Implement SSO", null, null, null), kr("Launch the app", KeyResultType.MILESTONE, null, null),
				kr("Publish 10 blog posts", KeyResultType.METRIC, 0.0, 10.0));
		assertThat(found(rule, draft)).containsExactly("output-not-outcome warning keyResults[1].title",
				"output-not-outcome warning keyResults[3].title", "output-not-outcome info keyResults[2].title");
	}

	@Test
	void aTeamHasAtMostFiveObjectivesCountingTheDraft() {
		ObjectivesOfCycle objectives = owning(ObjectiveKind.ASPIRATIONAL, 5);
		TooManyObjectivesRule rule = new TooManyObjectivesRule(objectives);
		assertThat(found(rule, draft("Make paying effortless", WHY)))
			.containsExactly("too-many-objectives warning teamId");
		TooManyObjectivesRule fewer = new TooManyObjectivesRule(owning(ObjectiveKind.ASPIRATIONAL, 4));
		assertThat(found(fewer, draft("Make paying effortless", WHY))).isEmpty();
	}

	@Test
	void aStoredObjectiveIsNotCountedTwice() {
		List<Owned> owned = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			owned.add(new Owned(TEAM, ObjectiveId.random(), ObjectiveKind.ASPIRATIONAL));
		}
		ObjectivesOfCycle objectives = Mockito.mock(ObjectivesOfCycle.class);
		Mockito.when(objectives.ownedBy(eq(CYCLE), any(), anyBoolean())).thenReturn(owned);
		Draft fifth = new Draft(owned.get(4).objective(), CYCLE, List.of(TEAM), "Make paying effortless", WHY,
				ObjectiveKind.ASPIRATIONAL, List.of());
		assertThat(found(new TooManyObjectivesRule(objectives), fifth)).isEmpty();
	}

	@Test
	void aTeamWithOnlyCommittedObjectivesIsAskedForAStretch() {
		Draft committed = new Draft(null, CYCLE, List.of(TEAM), "Make paying effortless", WHY, ObjectiveKind.COMMITTED,
				List.of());
		assertThat(found(new NoAspirationalRule(owning(ObjectiveKind.COMMITTED, 2)), committed))
			.containsExactly("no-aspirational info kind");
		assertThat(found(new NoAspirationalRule(owning(ObjectiveKind.ASPIRATIONAL, 1)), committed)).isEmpty();
		Draft aspirational = new Draft(null, CYCLE, List.of(TEAM), "Make paying effortless", WHY,
				ObjectiveKind.ASPIRATIONAL, List.of());
		assertThat(found(new NoAspirationalRule(owning(ObjectiveKind.COMMITTED, 2)), aspirational)).isEmpty();
	}

	@Test
	void theBoundsNameEachFieldAndReadNoKeyResultPastTheLimit() {
		assertThat(Coach.bounds(draft("Make paying effortless", WHY)).isEmpty()).isTrue();
		assertThat(Coach.bounds(draft("", null)).isEmpty()).isTrue();
		assertThat(Coach.bounds(draft("t".repeat(201), "w".repeat(10_001))).list()).extracting((error) -> error.field())
			.containsExactly("title", "description");
		assertThat(Coach.bounds(draft("🎯".repeat(200), null)).isEmpty()).isTrue();
		List<KeyResultDraft> many = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			many.add(kr("k".repeat(500), KeyResultType.METRIC, 0.0, 1.0));
		}
		assertThat(Coach.bounds(draft(many.toArray(KeyResultDraft[]::new))).list()).extracting((error) -> error.field())
			.containsExactly("keyResults");
		assertThat(Coach.bounds(draft(kr("k".repeat(201), null, null, null))).list())
			.extracting((error) -> error.field())
			.containsExactly("keyResults[0].title");
	}

	private static ObjectivesOfCycle owning(ObjectiveKind kind, int count) {
		List<Owned> owned = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			owned.add(new Owned(TEAM, ObjectiveId.random(), kind));
		}
		ObjectivesOfCycle objectives = Mockito.mock(ObjectivesOfCycle.class);
		Mockito.when(objectives.ownedBy(eq(CYCLE), any(), anyBoolean())).thenReturn(owned);
		return objectives;
	}

	private static List<String> found(CoachRule rule, Draft draft) {
		Findings findings = new Findings();
		rule.check(List.of(draft), findings);
		return findings.of(draft)
			.stream()
			.map((finding) -> finding.rule() + " " + finding.severity().value() + " " + finding.field())
			.toList();
	}

	private static Draft draft(String title, String description) {
		return new Draft(null, CYCLE, List.of(TEAM), title, description, ObjectiveKind.ASPIRATIONAL, List.of());
	}

	private static Draft draft(KeyResultDraft... keyResults) {
		return new Draft(null, CYCLE, List.of(TEAM), "Make paying effortless", WHY, ObjectiveKind.ASPIRATIONAL,
				Arrays.asList(keyResults));
	}

	private static Draft withKeyResults(int count) {
		List<KeyResultDraft> keyResults = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keyResults.add(kr("Checkout completion " + i, KeyResultType.PERCENTAGE, 10.0, 20.0));
		}
		return draft(keyResults.toArray(KeyResultDraft[]::new));
	}

	private static KeyResultDraft kr(String title, KeyResultType type, Double start, Double target) {
		return new KeyResultDraft(null, title, type, start, target, null);
	}

}
