package dev.lodestar.overlaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How texts are cut into terms: each text twice, into the field {@value #ENGLISH} with
 * Lucene's English analyser (stop words out, words stemmed, so that "customers" and
 * "customer", "reducing" and "reduce" meet), and into the field {@value #ANY} with no
 * language's rules (lower case, accents folded), so that texts in another Latin-script
 * language still meet on the words they share. A text is read up to {@value #MAX_CHARS}
 * characters: what a similarity needs is at the start.
 */
final class TextAnalysis {

	static final String ENGLISH = "en";

	static final String ANY = "any";

	static final int MAX_CHARS = 4_000;

	/**
	 * How much a term of the field {@value #ANY} counts next to one of {@value #ENGLISH}:
	 * less, so that two word forms the stemmer joins stay close.
	 */
	static final double ANY_WEIGHT = 0.5;

	/**
	 * Words left out besides English's usual ones: those every objective uses (the verbs
	 * that say which way, "make", "our"), which would make unrelated objectives look
	 * alike. In every form the stemmer would otherwise join.
	 */
	static final CharArraySet STOP_WORDS = stopWords();

	/** Shared by all threads: Lucene's analysers keep their state per thread. */
	static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new Neutral(),
			Map.of(ENGLISH, new EnglishAnalyzer(STOP_WORDS)));

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		for (String stem : List.of("improve", "increase", "reduce", "decrease", "raise", "grow", "boost", "lower",
				"make", "achieve", "ensure", "deliver", "become", "keep", "get", "drive", "build")) {
			for (String ending : List.of("", "s", "d", "ing", "ed", "es")) {
				words.add(stem + ending);
				if (stem.endsWith("e")) {
					words.add(stem.substring(0, stem.length() - 1) + ending);
				}
			}
		}
		words.addAll(List.of("our", "we", "us", "every", "all", "new", "more", "less", "how", "its", "across", "from",
				"up", "down", "cut", "cuts", "cutting", "better", "great", "each", "within", "without", "q1", "q2",
				"q3", "q4"));
		return CharArraySet.unmodifiableSet(words);
	}

	private TextAnalysis() {
	}

	/**
	 * How much a description's terms count next to a title's: a title says what an
	 * objective is about, a description mostly why, in words any objective could use.
	 */
	static final double DESCRIPTION_WEIGHT = 0.35;

	/**
	 * The terms of a title and a description in both fields, keyed {@code field:term},
	 * each with its weight in the text: 1 + ln(occurrences) in the title, plus
	 * {@value #DESCRIPTION_WEIGHT} times that in the description, times the field's
	 * weight.
	 */
	static Map<String, Double> terms(String title, String description) {
		Map<String, Double> terms = new LinkedHashMap<>();
		addWeights(count(title), 1.0, terms);
		addWeights(count(description), DESCRIPTION_WEIGHT, terms);
		return terms;
	}

	private static void addWeights(Map<String, Integer> counted, double weight, Map<String, Double> into) {
		counted.forEach(
				(term, count) -> into.merge(term, weight * (1 + Math.log(count)) * fieldWeight(term), Double::sum));
	}

	private static Map<String, Integer> count(String text) {
		Map<String, Integer> counted = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return counted;
		}
		String read = (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
		count(read, ENGLISH, counted);
		count(read, ANY, counted);
		return counted;
	}

	private static void count(String text, String field, Map<String, Integer> into) {
		try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				into.merge(field + ":" + term, 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How much a term of a field counts, by its key. */
	static double fieldWeight(String term) {
		return term.startsWith(ANY + ":") ? ANY_WEIGHT : 1.0;
	}

	/** Words as they are, lower case and without accents, for every language. */
	private static final class Neutral extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)), STOP_WORDS);
			return new TokenStreamComponents(tokenizer, stream);
		}

	}

}
