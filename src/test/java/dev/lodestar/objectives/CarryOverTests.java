package dev.lodestar.objectives;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarryOverTests {

	private static final Instant NOW = Instant.parse("2027-04-01T08:00:00Z");

	private final ObjectiveId objective = ObjectiveId.random();

	@Test
	void aCarriedKeyResultStartsWhereTheOriginalStands() {
		KeyResult original = metric(62, 80).checkedIn(71.5, 6, NOW).scoredFromProgress();
		KeyResult copy = original.carriedInto(this.objective, NOW);
		assertThat(copy.id()).isNotEqualTo(original.id());
		assertThat(copy.objectiveId()).isEqualTo(this.objective);
		assertThat(copy.startValue()).isEqualTo(71.5);
		assertThat(copy.currentValue()).isEqualTo(71.5);
		assertThat(copy.targetValue()).isEqualTo(80);
		assertThat(copy.confidence()).isNull();
		assertThat(copy.lastCheckInAt()).isNull();
		assertThat(copy.score()).isNull();
		assertThat(copy.carriedFrom()).isEqualTo(original.id());
		assertThat(copy.progress()).isZero();
	}

	@Test
	void aFallingMetricKeepsFalling() {
		KeyResult copy = metric(40, 10).checkedIn(25.0, 5, NOW).carriedInto(this.objective, NOW);
		assertThat(copy.startValue()).isEqualTo(25);
		assertThat(copy.targetValue()).isEqualTo(10);
	}

	@Test
	void aKeyResultThatReachedOrPassedItsTargetIsNotCarried() {
		for (double reached : new double[] { 80, 95 }) {
			KeyResult done = metric(62, 80).checkedIn(reached, 9, NOW);
			assertThatThrownBy(() -> done.carriedInto(this.objective, NOW)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Checkout completion");
		}
		KeyResult milestone = KeyResult.create(this.objective, "Wallet live", owner(), KeyResultType.MILESTONE, null,
				null, null, null, NOW);
		assertThat(milestone.carriedInto(this.objective, NOW).startValue()).isZero();
		KeyResult done = milestone.checkedIn(1.0, 9, NOW);
		assertThatThrownBy(() -> done.carriedInto(this.objective, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aCarriedObjectiveIsANewDraftLinkedToTheOriginal() {
		Objective original = Objective
			.create(new CycleId(UUID.randomUUID()), null, "Make paying effortless", "Because", ObjectiveKind.COMMITTED,
					NOW)
			.withStatus(ObjectiveStatus.PUBLISHED);
		CycleId next = new CycleId(UUID.randomUUID());
		Objective copy = original.carriedInto(next, NOW);
		assertThat(copy.id()).isNotEqualTo(original.id());
		assertThat(copy.cycleId()).isEqualTo(next);
		assertThat(copy.status()).isEqualTo(ObjectiveStatus.DRAFT);
		assertThat(copy.kind()).isEqualTo(ObjectiveKind.COMMITTED);
		assertThat(copy.carriedFrom()).isEqualTo(original.id());
		assertThat(copy.version()).isNull();
	}

	@Test
	void droppingNeedsAReasonAndArchives() {
		Objective objective = Objective.create(new CycleId(UUID.randomUUID()), null, "Open a shop", null, null, NOW);
		assertThatThrownBy(() -> objective.dropped("  ")).isInstanceOf(InvalidInputException.class);
		Objective dropped = objective.dropped(" The partner left ");
		assertThat(dropped.status()).isEqualTo(ObjectiveStatus.ARCHIVED);
		assertThat(dropped.droppedReason()).isEqualTo("The partner left");
	}

	private KeyResult metric(double start, double target) {
		return KeyResult.create(this.objective, "Checkout completion", owner(), KeyResultType.METRIC, start, target,
				"%", 1.0, NOW);
	}

	private static PersonId owner() {
		return new PersonId(UUID.randomUUID());
	}

}
