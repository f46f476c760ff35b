package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class KeyResultTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final ObjectiveId OBJECTIVE = ObjectiveId.random();

	private static final PersonId OWNER = PersonId.random();

	private static final TeamId TEAM = TeamId.random();

	@Test
	void metricStartsAtItsStartValue() {
		KeyResult kr = metric(10, 20);
		assertThat(kr.type()).isEqualTo(KeyResultType.METRIC);
		assertThat(kr.startValue()).isEqualTo(10.0);
		assertThat(kr.targetValue()).isEqualTo(20.0);
		assertThat(kr.currentValue()).isEqualTo(10.0);
		assertThat(kr.progress()).isEqualTo(0.0);
		assertThat(kr.confidence()).isNull();
		assertThat(kr.lastCheckInAt()).isNull();
		assertThat(kr.objectiveId()).isEqualTo(OBJECTIVE);
		assertThat(kr.ownerId()).isEqualTo(OWNER);
		assertThat(kr.createdAt()).isEqualTo(NOW);
	}

	@Test
	void metricNeedsStartAndTarget() {
		assertInvalid(() -> create(KeyResultType.METRIC, null, 20.0), "startValue");
		assertInvalid(() -> create(KeyResultType.METRIC, 10.0, null), "targetValue");
		assertInvalid(() -> create(KeyResultType.METRIC, null, null), "startValue", "targetValue");
	}

	@Test
	void metricValuesMustBeFinite() {
		assertInvalid(() -> create(KeyResultType.METRIC, Double.NaN, 20.0), "startValue");
		assertInvalid(() -> create(KeyResultType.METRIC, 10.0, Double.POSITIVE_INFINITY), "targetValue");
	}

	@Test
	void startEqualToTargetIsRefused() {
		assertInvalid(() -> create(KeyResultType.METRIC, 10.0, 10.0), "targetValue");
		assertInvalid(() -> create(KeyResultType.PERCENTAGE, 100.0, null), "targetValue");
		assertInvalid(() -> create(KeyResultType.PERCENTAGE, 40.0, 40.0), "targetValue");
	}

	@Test
	void percentageGoesFromZeroToHundredUnlessGiven() {
		KeyResult kr = create(KeyResultType.PERCENTAGE, null, null);
		assertThat(kr.startValue()).isEqualTo(0.0);
		assertThat(kr.targetValue()).isEqualTo(100.0);
		assertThat(kr.currentValue()).isEqualTo(0.0);
		assertThat(kr.checkedIn(40.0, 7, NOW).progress()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void percentageKeepsTheBoundsItIsGiven() {
		KeyResult kr = create(KeyResultType.PERCENTAGE, 20.0, 80.0);
		assertThat(kr.startValue()).isEqualTo(20.0);
		assertThat(kr.targetValue()).isEqualTo(80.0);
		assertThat(kr.currentValue()).isEqualTo(20.0);
		assertThat(create(KeyResultType.PERCENTAGE, null, 50.0).targetValue()).isEqualTo(50.0);
		assertThat(create(KeyResultType.PERCENTAGE, 30.0, null).targetValue()).isEqualTo(100.0);
	}

	@Test
	void milestoneGoesFromZeroToOne() {
		KeyResult kr = create(KeyResultType.MILESTONE, null, null);
		assertThat(kr.startValue()).isEqualTo(0.0);
		assertThat(kr.targetValue()).isEqualTo(1.0);
		assertThat(kr.currentValue()).isEqualTo(0.0);
		assertThat(create(KeyResultType.MILESTONE, 0.0, 1.0).targetValue()).isEqualTo(1.0);
	}

	@Test
	void milestoneRefusesOtherBounds() {
		assertInvalid(() -> create(KeyResultType.MILESTONE, 5.0, null), "startValue");
		assertInvalid(() -> create(KeyResultType.MILESTONE, null, 100.0), "targetValue");
		assertInvalid(() -> create(KeyResultType.MILESTONE, 0.0, 3.0), "targetValue");
	}

	@Test
	void milestoneIsDoneOrNotDone() {
		KeyResult kr = create(KeyResultType.MILESTONE, null, null);
		assertThat(kr.checkedIn(0.0, 5, NOW).progress()).isEqualTo(0.0);
		assertThat(kr.checkedIn(1.0, 9, NOW).progress()).isEqualTo(1.0);
	}

	@Test
	void milestoneCheckInRefusesValuesOtherThanZeroOrOne() {
		KeyResult kr = create(KeyResultType.MILESTONE, null, null);
		assertInvalid(() -> kr.checkedIn(0.5, 5, NOW), "value");
		assertInvalid(() -> kr.checkedIn(2.0, 5, NOW), "value");
		assertInvalid(() -> kr.checkedIn(-1.0, 5, NOW), "value");
	}

	@Test
	void risingMetricCountsUp() {
		KeyResult kr = metric(10, 20);
		assertThat(kr.checkedIn(15.0, 7, NOW).progress()).isEqualTo(0.5);
		assertThat(kr.checkedIn(12.0, 7, NOW).progress()).isCloseTo(0.2, within(1e-9));
		assertThat(kr.checkedIn(20.0, 7, NOW).progress()).isEqualTo(1.0);
	}

	@Test
	void fallingMetricCountsDown() {
		KeyResult kr = metric(100, 50);
		assertThat(kr.progress()).isEqualTo(0.0);
		assertThat(kr.checkedIn(75.0, 7, NOW).progress()).isEqualTo(0.5);
		assertThat(kr.checkedIn(90.0, 7, NOW).progress()).isCloseTo(0.2, within(1e-9));
		assertThat(kr.checkedIn(50.0, 7, NOW).progress()).isEqualTo(1.0);
	}

	@Test
	void valueBeyondTargetShowsFullProgress() {
		assertThat(metric(10, 20).checkedIn(35.0, 7, NOW).progress()).isEqualTo(1.0);
		assertThat(metric(100, 50).checkedIn(10.0, 7, NOW).progress()).isEqualTo(1.0);
		assertThat(create(KeyResultType.PERCENTAGE, null, null).checkedIn(130.0, 7, NOW).progress()).isEqualTo(1.0);
	}

	@Test
	void valueBehindStartShowsNoProgress() {
		assertThat(metric(10, 20).checkedIn(5.0, 3, NOW).progress()).isEqualTo(0.0);
		assertThat(metric(100, 50).checkedIn(120.0, 3, NOW).progress()).isEqualTo(0.0);
	}

	@Test
	void weightDefaultsToOne() {
		assertThat(metric(10, 20).weight()).isEqualTo(1.0);
	}

	@Test
	void weightMayBeZeroOrMore() {
		assertThat(withWeight(0.0).weight()).isEqualTo(0.0);
		assertThat(withWeight(2.5).weight()).isEqualTo(2.5);
	}

	@Test
	void negativeOrNonFiniteWeightIsRefused() {
		assertInvalid(() -> withWeight(-0.1), "weight");
		assertInvalid(() -> withWeight(Double.NaN), "weight");
		assertInvalid(() -> withWeight(Double.POSITIVE_INFINITY), "weight");
	}

	@Test
	void titleIsTrimmedAndMustBeOneToTwoHundredCharacters() {
		assertThat(
				KeyResult.create(OBJECTIVE, "  Grow revenue  ", OWNER, KeyResultType.METRIC, 1.0, 2.0, null, null, NOW)
					.title())
			.isEqualTo("Grow revenue");
		assertInvalid(() -> KeyResult.create(OBJECTIVE, "  ", OWNER, KeyResultType.METRIC, 1.0, 2.0, null, null, NOW),
				"title");
		assertInvalid(() -> KeyResult.create(OBJECTIVE, "x".repeat(201), OWNER, KeyResultType.METRIC, 1.0, 2.0, null,
				null, NOW), "title");
		assertThat(KeyResult.create(OBJECTIVE, "x".repeat(200), OWNER, KeyResultType.METRIC, 1.0, 2.0, null, null, NOW)
			.title()).hasSize(200);
	}

	@Test
	void ownerAndTypeAreRequired() {
		assertInvalid(() -> KeyResult.create(OBJECTIVE, "Grow", null, KeyResultType.METRIC, 1.0, 2.0, null, null, NOW),
				"ownerId");
		assertInvalid(() -> KeyResult.create(OBJECTIVE, "Grow", OWNER, null, 1.0, 2.0, null, null, NOW), "type");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertInvalid(
				() -> KeyResult.create(OBJECTIVE, "", null, KeyResultType.METRIC, 5.0, 5.0, "x".repeat(51), -1.0, NOW),
				"title", "ownerId", "targetValue", "unit", "weight");
	}

	@Test
	void unitIsTrimmedBlankIsNoneAndLongIsRefused() {
		assertThat(
				KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 1.0, 2.0, "  EUR ", null, NOW).unit())
			.isEqualTo("EUR");
		assertThat(KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 1.0, 2.0, "  ", null, NOW).unit())
			.isNull();
		assertThat(KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 1.0, 2.0, "x".repeat(50), null, NOW)
			.unit()).hasSize(50);
		assertInvalid(() -> KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 1.0, 2.0, "x".repeat(51),
				null, NOW), "unit");
	}

	@Test
	void checkInSetsCurrentValueConfidenceAndTime() {
		Instant at = NOW.plusSeconds(3600);
		KeyResult kr = metric(10, 20).checkedIn(14.0, 6, at);
		assertThat(kr.currentValue()).isEqualTo(14.0);
		assertThat(kr.confidence()).isEqualTo(6);
		assertThat(kr.lastCheckInAt()).isEqualTo(at);
		assertThat(kr.startValue()).isEqualTo(10.0);
		assertThat(kr.targetValue()).isEqualTo(20.0);
	}

	@Test
	void laterCheckInReplacesThePresent() {
		KeyResult kr = metric(10, 20).checkedIn(14.0, 6, NOW).checkedIn(18.0, 8, NOW.plusSeconds(60));
		assertThat(kr.currentValue()).isEqualTo(18.0);
		assertThat(kr.confidence()).isEqualTo(8);
		assertThat(kr.lastCheckInAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void olderCheckInDoesNotChangeTheCurrentValue() {
		Instant latest = NOW.plusSeconds(7 * 24 * 3600);
		KeyResult kr = metric(10, 20).checkedIn(18.0, 8, latest);
		KeyResult afterOlder = kr.checkedIn(12.0, 3, NOW);
		assertThat(afterOlder.currentValue()).isEqualTo(18.0);
		assertThat(afterOlder.confidence()).isEqualTo(8);
		assertThat(afterOlder.lastCheckInAt()).isEqualTo(latest);
	}

	@Test
	void olderCheckInIsStillValidated() {
		KeyResult kr = metric(10, 20).checkedIn(18.0, 8, NOW.plusSeconds(3600));
		assertInvalid(() -> kr.checkedIn(12.0, 11, NOW), "confidence");
	}

	@Test
	void confidenceIsFromOneToTen() {
		KeyResult kr = metric(10, 20);
		assertInvalid(() -> kr.checkedIn(12.0, 0, NOW), "confidence");
		assertInvalid(() -> kr.checkedIn(12.0, 11, NOW), "confidence");
		assertInvalid(() -> kr.checkedIn(12.0, -3, NOW), "confidence");
		assertInvalid(() -> kr.checkedIn(12.0, null, NOW), "confidence");
		assertThat(kr.checkedIn(12.0, 1, NOW).confidence()).isEqualTo(1);
		assertThat(kr.checkedIn(12.0, 10, NOW).confidence()).isEqualTo(10);
	}

	@Test
	void checkInNeedsAFiniteValue() {
		KeyResult kr = metric(10, 20);
		assertInvalid(() -> kr.checkedIn(null, 5, NOW), "value");
		assertInvalid(() -> kr.checkedIn(Double.NaN, 5, NOW), "value");
		assertInvalid(() -> kr.checkedIn(Double.NEGATIVE_INFINITY, 5, NOW), "value");
		assertInvalid(() -> kr.checkedIn(null, 0, NOW), "value", "confidence");
	}

	@Test
	void objectiveWithoutKeyResultsHasNoProgress() {
		assertThat(KeyResult.progressOf(List.of())).isEqualTo(0.0);
	}

	@Test
	void objectiveProgressIsTheWeightedMeanOfItsKeyResults() {
		KeyResult done = withWeight(3.0).checkedIn(20.0, 9, NOW);
		KeyResult notStarted = withWeight(1.0);
		assertThat(KeyResult.progressOf(List.of(done, notStarted))).isCloseTo(0.75, within(1e-9));
	}

	@Test
	void equalWeightsGiveThePlainMean() {
		KeyResult half = metric(10, 20).checkedIn(15.0, 6, NOW);
		KeyResult done = metric(100, 50).checkedIn(40.0, 9, NOW);
		KeyResult none = create(KeyResultType.MILESTONE, null, null);
		assertThat(KeyResult.progressOf(List.of(half, done, none))).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void keyResultWeighingNothingDoesNotCount() {
		KeyResult done = withWeight(1.0).checkedIn(20.0, 9, NOW);
		KeyResult ignored = withWeight(0.0);
		assertThat(KeyResult.progressOf(List.of(done, ignored))).isEqualTo(1.0);
	}

	@Test
	void keyResultsThatAllWeighNothingGiveNoProgress() {
		KeyResult done = withWeight(0.0).checkedIn(20.0, 9, NOW);
		assertThat(KeyResult.progressOf(List.of(done, withWeight(0.0)))).isEqualTo(0.0);
	}

	@Test
	void changesLeaveWhatIsNotGiven() {
		KeyResult kr = KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 10.0, 20.0, "EUR", 2.0, NOW);
		KeyResult same = kr.withChanges(null, null, null, null, null, null);
		assertThat(same).isEqualTo(kr);
	}

	@Test
	void changesAreValidatedLikeANewKeyResult() {
		KeyResult kr = metric(10, 20);
		assertInvalid(() -> kr.withChanges(" ", null, null, null, null, null), "title");
		assertInvalid(() -> kr.withChanges(null, null, 20.0, null, null, null), "targetValue");
		assertInvalid(() -> kr.withChanges(null, null, null, null, null, -1.0), "weight");
		assertInvalid(() -> create(KeyResultType.MILESTONE, null, null).withChanges(null, null, 2.0, null, null, null),
				"startValue");
	}

	@Test
	void changedStartMovesCurrentValueOnlyBeforeTheFirstCheckIn() {
		KeyResult fresh = metric(10, 20).withChanges(null, null, 5.0, null, null, null);
		assertThat(fresh.startValue()).isEqualTo(5.0);
		assertThat(fresh.currentValue()).isEqualTo(5.0);
		KeyResult checkedIn = metric(10, 20).checkedIn(14.0, 6, NOW).withChanges(null, null, 5.0, 25.0, null, null);
		assertThat(checkedIn.currentValue()).isEqualTo(14.0);
		assertThat(checkedIn.progress()).isCloseTo(0.45, within(1e-9));
	}

	@Test
	void emptyUnitClearsIt() {
		KeyResult kr = KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 10.0, 20.0, "EUR", null, NOW);
		assertThat(kr.withChanges(null, null, null, null, "", null).unit()).isNull();
	}

	@Test
	void ownerWhoIsAMemberEditsTheirKeyResult() {
		Actor owner = new Actor(OWNER, Role.MEMBER, Set.of());
		assertThat(metric(10, 20).editableBy(owner, teamObjective())).isTrue();
	}

	@Test
	void ownerWhoIsAViewerDoesNotEditTheirKeyResult() {
		Actor owner = new Actor(OWNER, Role.VIEWER, Set.of(TEAM));
		assertThat(metric(10, 20).editableBy(owner, teamObjective())).isFalse();
	}

	@Test
	void leadOfTheObjectivesTeamEditsItsKeyResults() {
		Actor lead = new Actor(PersonId.random(), Role.MEMBER, Set.of(TEAM));
		assertThat(metric(10, 20).editableBy(lead, teamObjective())).isTrue();
	}

	@Test
	void leadOfAnotherTeamDoesNotEditTheKeyResult() {
		Actor lead = new Actor(PersonId.random(), Role.MEMBER, Set.of(TeamId.random()));
		assertThat(metric(10, 20).editableBy(lead, teamObjective())).isFalse();
	}

	@Test
	void otherMemberDoesNotEditTheKeyResult() {
		Actor other = new Actor(PersonId.random(), Role.MEMBER, Set.of());
		assertThat(metric(10, 20).editableBy(other, teamObjective())).isFalse();
	}

	@Test
	void adminsAndChampionsEditEveryKeyResult() {
		Objective companyWide = Objective.create(CycleId.random(), null, "Win the market", null, null, NOW);
		for (Role role : new Role[] { Role.ADMIN, Role.CHAMPION }) {
			Actor actor = new Actor(PersonId.random(), role, Set.of());
			assertThat(metric(10, 20).editableBy(actor, teamObjective())).as(role.value()).isTrue();
			assertThat(metric(10, 20).editableBy(actor, companyWide)).as(role.value()).isTrue();
		}
	}

	private static Objective teamObjective() {
		return Objective.create(CycleId.random(), TEAM, "Delight our customers", null, null, NOW);
	}

	private static KeyResult metric(double start, double target) {
		return create(KeyResultType.METRIC, start, target);
	}

	private static KeyResult withWeight(double weight) {
		return KeyResult.create(OBJECTIVE, "Grow", OWNER, KeyResultType.METRIC, 10.0, 20.0, null, weight, NOW);
	}

	private static KeyResult create(KeyResultType type, Double start, Double target) {
		return KeyResult.create(OBJECTIVE, "Weekly active customers", OWNER, type, start, target, null, null, NOW);
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
