package dev.lodestar.rhythm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.ProgramSettings;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the rhythm's domain types: weeks, priorities, kudos and what counts as a
 * win.
 */
class RhythmRulesTests {

	private static final Instant NOW = Instant.parse("2027-01-06T12:00:00Z");

	private final TeamId team = TeamId.random();

	private final Week week = new Week(LocalDate.parse("2027-01-04"));

	@Test
	void aWeekIsNamedByItsMondayInTheOrganisationsTimeZone() {
		ProgramSettings tokyo = new ProgramSettings(java.time.DayOfWeek.MONDAY, LocalTime.NOON, ZoneId.of("Asia/Tokyo"),
				0);
		assertThat(Week.of(tokyo, Instant.parse("2027-01-10T16:00:00Z"))).hasToString("2027-01-11");
		assertThat(Week.parse("week", "2027-01-04").next()).hasToString("2027-01-11");
		assertThatThrownBy(() -> Week.parse("week", "2027-01-06")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("starts on 2027-01-04");
		assertThatThrownBy(() -> Week.parse("week", "soon")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("week");
	}

	@Test
	void aWeekHoldsFivePrioritiesAtMostAndReusesAFreedSlot() {
		List<Priority> week = new ArrayList<>();
		for (int i = 0; i < Priority.MAX_PER_WEEK; i++) {
			week.add(Priority.create(week, this.team, this.week, "Priority " + i, null, PersonId.random(), NOW));
		}
		assertThat(week).extracting(Priority::slot).containsExactly(1, 2, 3, 4, 5);
		assertThatThrownBy(() -> Priority.create(week, this.team, this.week, "Sixth", null, null, NOW))
			.isInstanceOf(ConflictException.class);
		week.remove(2);
		assertThat(Priority.create(week, this.team, this.week, "Again", null, null, NOW).slot()).isEqualTo(3);
	}

	@Test
	void onlyLastWeeksUnfinishedPriorityIsCarriedOverAndOnlyOnce() {
		Priority last = Priority.create(List.of(), this.team, this.week.previous(), "Hire a designer", null, null, NOW);
		Priority carried = last.carriedInto(List.of(), this.week, null, NOW);
		assertThat(carried.carriedFrom()).isEqualTo(last.id());
		assertThat(carried.text()).isEqualTo("Hire a designer");
		assertThatThrownBy(() -> last.carriedInto(List.of(carried), this.week, null, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> last.withDone(true).carriedInto(List.of(), this.week, null, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> last.carriedInto(List.of(), this.week.next(), null, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void kudosGoToSomeoneElseWithAMessage() {
		PersonId me = PersonId.random();
		assertThatThrownBy(() -> Kudos.give(this.team, this.week, me, me, "Well done", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("toId");
		assertThatThrownBy(() -> Kudos.give(this.team, this.week, me, PersonId.random(), " ", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("message");
	}

	@Test
	void risingProgressIsAWinEvenForAFallingMetricAndASlipIsNot() {
		KeyResultId id = KeyResultId.random();
		WinStore.Moved fallingMetricImproves = new WinStore.Moved(id, "Churn", false, 8, 4, "%", 8, 6, NOW);
		assertThat(fallingMetricImproves.win().toProgress()).isEqualTo(0.5);
		assertThat(fallingMetricImproves.win().valueChange()).isEqualTo("was 8 %, now 6 %");
		assertThat(new WinStore.Moved(id, "Churn", false, 8, 4, "%", 6, 7, NOW).win()).isNull();
		assertThat(new WinStore.Moved(id, "Launch", true, 0, 1, null, 0, 1, NOW).win().kind())
			.isEqualTo(Win.Kind.MILESTONE);
		assertThat(new WinStore.Moved(id, "Launch", true, 0, 1, null, 1, 1, NOW).win()).isNull();
	}

}
