package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The similarity of objectives on a fixed set of pairs with the verdict a person would
 * give, indexed among a cycle's worth of other objectives (which set how rare each word
 * is). Every similar pair must score from {@link Overlaps#SIMILAR} up and every other
 * pair below it, except the pairs marked as missed, which say honestly what word
 * statistics cannot see: the same intent in different words.
 */
class SimilarityTests {

	/** Objectives of a cycle that are none of the pairs: the words every OKR shares. */
	static final List<String> BACKGROUND = List.of("Launch the partner programme in two new regions",
			"Make our hiring process faster and fairer", "Cut cloud spending without slowing teams down",
			"Ship the mobile app redesign", "Improve the quality of our data pipeline",
			"Grow revenue from enterprise customers", "Make onboarding of new employees a great experience",
			"Reduce the time to resolve support tickets", "Increase the reliability of the payment platform",
			"Win the mid-market segment in Germany", "Build a culture of continuous learning",
			"Improve the accuracy of our financial forecasts", "Make our website the best source of leads",
			"Reduce security incidents across the company", "Increase adoption of the analytics dashboard",
			"Deliver projects on time and on budget", "Improve customer satisfaction with our support",
			"Strengthen our brand in the developer community", "Lower the cost of acquiring a customer",
			"Make deployments boring and safe");

	/** Pairs with the expected verdict; {@code missed} for a known miss. */
	static final List<Pair> PAIRS = List.of(
			// the same thing, in nearly the same words
			new Pair("Reduce customer churn", "Reduce churn of our customers", true),
			new Pair("Improve the onboarding experience for new customers",
					"Make customer onboarding a great experience", true),
			new Pair("Increase revenue from enterprise accounts", "Grow enterprise revenue", true),
			// other word forms: the English stemmer sees them as the same word
			new Pair("Reducing churn among small customers", "Reduce churning customers in small business", true),
			new Pair("Automate the deployment of our services", "Automated deployments for every service", true),
			new Pair("Improve hiring of engineers", "Improving how we hire engineering talent", true),
			new Pair("Cut the time to first response in support", "Faster first response to support tickets", true),
			// other languages, sharing words without an English stemmer
			new Pair("Mejorar la retención de clientes en España", "Aumentar la retención de clientes", true),
			new Pair("Kundenzufriedenheit im Support steigern", "Die Kundenzufriedenheit im Support erhöhen", true),
			new Pair("Améliorer la satisfaction des clients", "Augmenter la satisfaction de nos clients", true),
			// different things that share common words
			new Pair("Reduce customer churn", "Reduce cloud costs", false),
			new Pair("Improve customer satisfaction with support", "Improve the quality of our data pipeline", false),
			new Pair("Improve the quality of our data", "Improve the security of our data", false),
			new Pair("Launch the mobile app", "Launch the partner programme", false),
			new Pair("Make deployments safe", "Make hiring fair", false),
			new Pair("Increase employee engagement", "Increase adoption of the dashboard", false),
			new Pair("Win the enterprise segment", "Improve the accuracy of forecasts", false),
			// the same intent in other words: word statistics cannot see it
			new Pair("Reduce churn", "Keep more customers", "no word in common", false),
			new Pair("Cut cloud spending", "Lower our AWS bill", "synonyms: cut/lower, spending/bill", false),
			new Pair("Make customers love us", "Raise our NPS to 60", "NPS is how love is measured, not said", false));

	@Test
	void similarPairsScoreFromTheThresholdUpAndOthersBelowIt() {
		TextIndex<String> index = index();
		List<String> wrong = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (Pair pair : PAIRS) {
			double similarity = similarity(index, pair.a(), pair.b());
			boolean similar = similarity >= Overlaps.SIMILAR;
			report.append(
					String.format(Locale.ROOT, "%.2f %-5s %s | %s%n", similarity, pair.similar(), pair.a(), pair.b()));
			if (similar != pair.similar()) {
				wrong.add(pair + " scored " + similarity);
			}
		}
		System.out.print(report);
		assertThat(wrong).as(report.toString()).isEmpty();
	}

	@Test
	void theSimilarityIsSymmetricAndATextIsFullySimilarToItself() {
		TextIndex<String> index = index();
		assertThat(similarity(index, "Reduce customer churn", "Reduce customer churn")).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		double ab = similarity(index, "Grow enterprise revenue", "Increase revenue from enterprise accounts");
		double ba = similarity(index, "Increase revenue from enterprise accounts", "Grow enterprise revenue");
		assertThat(ab).isCloseTo(ba, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void theDescriptionCountsButTheTitleMore() {
		List<String[]> items = new ArrayList<>();
		items.add(new String[] { "Fewer surprises in the quarterly close", "Reconcile every account weekly" });
		items.add(new String[] { "Reconcile every account weekly", null });
		BACKGROUND.forEach((text) -> items.add(new String[] { text, null }));
		TextIndex<String[]> index = TextIndex.of(items, (item) -> item[0], (item) -> item[1]);
		var found = index.similar("Reconcile accounts every week", null, (item) -> true, 0.1, 2);
		assertThat(found).extracting((match) -> match.item()[0])
			.containsExactly("Reconcile every account weekly", "Fewer surprises in the quarterly close");
	}

	private static TextIndex<String> index() {
		List<String> texts = new ArrayList<>(BACKGROUND);
		PAIRS.forEach((pair) -> {
			texts.add(pair.a());
			texts.add(pair.b());
		});
		return TextIndex.of(texts, (text) -> text, (text) -> null);
	}

	private static double similarity(TextIndex<String> index, String a, String b) {
		var found = index.similar(a, null, (item) -> item.equals(b), 0.0, 1);
		return found.isEmpty() ? 0.0 : found.get(0).similarity();
	}

	/**
	 * Two objective titles; {@code similar} is the verdict the index gives (and a person
	 * would give, unless {@code missed} says why it cannot).
	 */
	record Pair(String a, String b, String missed, boolean similar) {

		Pair(String a, String b, boolean similar) {
			this(a, b, null, similar);
		}

	}

}
