package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.CycleTexts;
import dev.lodestar.objectives.CycleTexts.KeyResultText;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners an index works out once for a whole cycle answer exactly as a search
 * would: the same similar objectives and the same competing key result for every stored
 * objective, and a text that differs from the stored one is still searched for.
 */
class OverlapsNeighboursTests {

	private final Overlaps overlaps = new Overlaps(null, null);

	@Test
	void theCyclesPartnersAnswerAsASearchWould() {
		CycleIndexes.Indexed indexed = indexed(texts());
		List<String> searched = answers(indexed);
		assertThat(indexed.objectives().<Object>derivedIfMade("neighbours")).isNull();
		Overlaps.neighbours(indexed);
		assertThat(indexed.objectives().<Object>derivedIfMade("neighbours")).isNotNull();
		assertThat(indexed.measures().<Object>derivedIfMade("neighbours")).isNotNull();
		assertThat(answers(indexed)).isEqualTo(searched);
		assertThat(searched).anyMatch((answer) -> answer.contains("similar [") && !answer.contains("similar []"));
		assertThat(searched).anyMatch((answer) -> answer.contains("competitor Customer churn rate"));
	}

	@Test
	void aTextThatDiffersFromTheStoredOneIsSearchedFor() {
		List<ObjectiveText> texts = texts();
		CycleIndexes.Indexed searched = indexed(texts);
		CycleIndexes.Indexed workedOut = indexed(texts);
		Overlaps.neighbours(workedOut);
		ObjectiveText churn = texts.stream()
			.filter((text) -> text.title().equals("Reduce customer churn") && !text.teamIds().isEmpty())
			.findFirst()
			.orElseThrow();
		KeyResultText rate = churn.keyResults().get(0);
		for (CycleIndexes.Indexed indexed : List.of(searched, workedOut)) {
			assertThat(this.overlaps.similar(indexed, churn.teamIds(), churn.id(), "Ship the billing rewrite", null, 3))
				.isEmpty();
			assertThat(this.overlaps.similar(indexed, List.of(), churn.id(), churn.title(), churn.description(), 3))
				.isNotEmpty();
			assertThat(this.overlaps.competitor(indexed, churn.teamIds(), churn.id(), rate.id(), "Invoices paid late",
					rate.type(), 10.0, 5.0, rate.unit()))
				.isNull();
			assertThat(this.overlaps
				.competitor(indexed, churn.teamIds(), churn.id(), rate.id(), rate.title(), rate.type(), 5.0, 10.0,
						rate.unit())
				.other()
				.direction()).isEqualTo(Direction.FALLS);
		}
	}

	/** Each objective's similar ones and each key result's competitor, as text. */
	private List<String> answers(CycleIndexes.Indexed indexed) {
		List<String> answers = new ArrayList<>();
		for (ObjectiveText text : indexed.objectives().index().items()) {
			answers.add(text.title() + ": similar " + this.overlaps.similar(indexed, text.teamIds(), text.id(),
					text.title(), text.description(), OverlapRule.SHOWN));
			for (KeyResultText keyResult : text.keyResults()) {
				Overlaps.Competitor competitor = this.overlaps.competitor(indexed, text.teamIds(), text.id(),
						keyResult.id(), keyResult.title(), keyResult.type(), keyResult.startValue(),
						keyResult.targetValue(), keyResult.unit());
				answers.add(keyResult.title() + ": competitor " + ((competitor != null)
						? competitor.other().keyResult().title() + " " + competitor.similarity() : "none"));
			}
		}
		return answers;
	}

	/**
	 * The objectives of the similarity tests, each pair's two on different teams, each
	 * with a key result: the first of a pair lowers the churn rate, the second raises it.
	 */
	private static List<ObjectiveText> texts() {
		List<ObjectiveText> texts = new ArrayList<>();
		SimilarityTests.BACKGROUND.forEach((title) -> texts.add(text(title, "Tickets resolved", 100, 200)));
		SimilarityTests.PAIRS.forEach((pair) -> {
			texts.add(text(pair.a(), "Customer churn rate", 10, 5));
			texts.add(text(pair.b(), "Customer churn rate", 5, 10));
		});
		texts.add(new ObjectiveText(new ObjectiveId(UUID.randomUUID()), List.of(), "Reduce customer churn", null,
				List.of()));
		return texts;
	}

	private static ObjectiveText text(String title, String keyResult, double start, double target) {
		return new ObjectiveText(new ObjectiveId(UUID.randomUUID()), List.of(new TeamId(UUID.randomUUID())), title,
				"Because " + title.toLowerCase(java.util.Locale.ROOT),
				List.of(new KeyResultText(new KeyResultId(UUID.randomUUID()), keyResult, KeyResultType.METRIC, start,
						target, "%")));
	}

	private static CycleIndexes.Indexed indexed(List<ObjectiveText> texts) {
		List<Measured> measured = texts.stream()
			.flatMap((text) -> text.keyResults().stream().map((keyResult) -> Measured.of(keyResult, text)))
			.filter(Objects::nonNull)
			.toList();
		return new CycleIndexes.Indexed(new CycleTexts.Marks("1", "1"),
				new CycleIndexes.Side<>(1, TextIndex.of(texts, ObjectiveText::title, ObjectiveText::description)),
				new CycleIndexes.Side<>(2, TextIndex.of(measured, Measured::measure, (one) -> null)));
	}

}
