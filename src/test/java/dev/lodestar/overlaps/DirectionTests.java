package dev.lodestar.overlaps;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which way a key result moves its measure, what the measure is, and when two key results
 * compete: the same measure, opposite ways.
 */
class DirectionTests {

	@Test
	void aMetricSaysItsDirectionWithItsNumbers() {
		assertThat(Direction.of(KeyResultType.METRIC, "Weekly active drivers", 5200.0, 8000.0))
			.isEqualTo(Direction.RISES);
		assertThat(Direction.of(KeyResultType.METRIC, "Increase tickets per vehicle", 9.5, 6.0))
			.as("the numbers win over the words")
			.isEqualTo(Direction.FALLS);
		assertThat(Direction.of(KeyResultType.METRIC, "Reduce the hosting bill", 3.0, 3.0))
			.as("no change: the words say it")
			.isEqualTo(Direction.FALLS);
		assertThat(Direction.of(KeyResultType.METRIC, "Hosting bill", 3.0, 3.0)).isNull();
	}

	@Test
	void aPercentageSaysItsDirectionWithItsWordsFirst() {
		assertThat(Direction.of(KeyResultType.PERCENTAGE, "Reduce the discount on multi-year deals", 0.0, 100.0))
			.isEqualTo(Direction.FALLS);
		assertThat(Direction.of(KeyResultType.PERCENTAGE, "Increase trials from referrals", 0.0, 100.0))
			.isEqualTo(Direction.RISES);
		assertThat(Direction.of(KeyResultType.PERCENTAGE, "Fewer one-star reviews", 0.0, 100.0))
			.isEqualTo(Direction.FALLS);
		assertThat(Direction.of(KeyResultType.PERCENTAGE, "Crash-free sessions", 99.1, 99.8))
			.isEqualTo(Direction.RISES);
		assertThat(Direction.of(KeyResultType.PERCENTAGE, "Share of fleets on annual plans", 40.0, 40.0)).isNull();
	}

	@Test
	void milestonesAndRollupsMoveNoMeasure() {
		assertThat(Direction.of(KeyResultType.MILESTONE, "Reduce scope of the launch", 0.0, 1.0)).isNull();
		assertThat(Direction.of(KeyResultType.ROLLUP, "Increase the teams' progress", 0.0, 1.0)).isNull();
		assertThat(Direction.of(null, "Increase revenue", 1.0, 2.0)).isNull();
	}

	@Test
	void theMeasureIsTheTitleWithoutNumbersAndDirectionWordsWithTheUnit() {
		assertThat(Direction.measure("Reduce churn from 5% to 3%", null)).isEqualTo("churn");
		assertThat(Direction.measure("Increase the average discount on multi-year deals to 15 %", null))
			.isEqualTo("average discount on multi-year deals");
		assertThat(Direction.measure("Hosting cost per active vehicle", "€ per month"))
			.isEqualTo("Hosting cost active vehicle € per month");
	}

	@Test
	void twoKeyResultsCompeteWhenTheyMoveTheSameMeasureInOppositeWays() {
		List<Item> items = List.of(new Item("Increase the average discount on multi-year deals", 10, 15),
				new Item("Reduce the average discount on multi-year deals", 12, 8),
				new Item("Average discount on renewals", 20, 25), new Item("Reduce time to plan a route", 30, 10));
		TextIndex<Item> index = TextIndex.of(items, Item::measure, (item) -> null);

		assertThat(competitors(index, items.get(0))).containsExactly(items.get(1));
		assertThat(competitors(index, items.get(1))).containsExactly(items.get(0));
		assertThat(competitors(index, items.get(3))).isEmpty();
	}

	private static List<Item> competitors(TextIndex<Item> index, Item item) {
		Direction way = item.direction();
		return index
			.similar(item.measure(), null, (other) -> other != item && other.direction() == way.opposite(),
					Overlaps.SAME_MEASURE, 5)
			.stream()
			.map(TextIndex.Match::item)
			.toList();
	}

	record Item(String title, double start, double target) {

		Direction direction() {
			return Direction.of(KeyResultType.PERCENTAGE, this.title, this.start, this.target);
		}

		String measure() {
			return Direction.measure(this.title, null);
		}

	}

}
