package dev.lodestar.overlaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Texts in an in-memory Lucene index, and how similar a text is to each of them: the
 * cosine of their TF-IDF vectors (0.0 nothing shared, 1.0 the same words as often), over
 * the terms of {@link TextAnalysis}. Lucene finds the candidates through its inverted
 * index (the best by BM25), the cosine then orders them on a scale that does not depend
 * on the texts' lengths, so that one threshold fits every pair. Built once, then only
 * read, by any number of threads.
 *
 * @param <T> what each text belongs to
 */
final class TextIndex<T> {

	/** How many of Lucene's best candidates the cosine looks at. */
	static final int CANDIDATES = 100;

	/** How many distinct terms of a text a search uses at most (Lucene allows 1,024). */
	static final int MAX_QUERY_TERMS = 400;

	private final List<T> items;

	private final List<Vector> vectors;

	private final IndexSearcher searcher;

	private final Map<String, Double> idf;

	private final int size;

	private TextIndex(List<T> items, List<Vector> vectors, IndexSearcher searcher, Map<String, Double> idf) {
		this.items = items;
		this.vectors = vectors;
		this.searcher = searcher;
		this.idf = idf;
		this.size = items.size();
	}

	/** Indexes each item's title and description, in order. */
	static <T> TextIndex<T> of(List<T> items, Function<T, String> title, Function<T, String> description) {
		List<Map<String, Double>> terms = new ArrayList<>(items.size());
		Map<String, Integer> documentFrequency = new HashMap<>();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		// Merging only neighbouring segments keeps Lucene's document numbers in the order
		// added
		IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.ANALYZER)
			.setMergePolicy(new LogByteSizeMergePolicy())
			.setRAMBufferSizeMB(64);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (T item : items) {
				Map<String, Double> counted = TextAnalysis.terms(title.apply(item), description.apply(item));
				terms.add(counted);
				counted.keySet().forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
				String text = join(title.apply(item), description.apply(item));
				Document document = new Document();
				document.add(new TextField(TextAnalysis.ENGLISH, text, Field.Store.NO));
				document.add(new TextField(TextAnalysis.ANY, text, Field.Store.NO));
				writer.addDocument(document);
			}
			writer.forceMerge(1);
			writer.commit();
			DirectoryReader reader = DirectoryReader.open(directory);
			Map<String, Double> idf = new HashMap<>();
			documentFrequency.forEach((term, frequency) -> idf.put(term, idf(items.size(), frequency)));
			List<Vector> vectors = terms.stream().map((counted) -> Vector.of(counted, idf, items.size())).toList();
			return new TextIndex<>(List.copyOf(items), vectors, new IndexSearcher(reader), idf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The items most similar to a text, most similar first, among those {@code eligible},
	 * from {@code threshold} up, at most {@code limit}.
	 */
	List<Match<T>> similar(String title, String description, Predicate<T> eligible, double threshold, int limit) {
		return similar(Vector.of(TextAnalysis.terms(title, description), this.idf, this.size), -1, eligible, threshold,
				limit);
	}

	/**
	 * The items most similar to the indexed item at {@code position}, itself left out.
	 */
	List<Match<T>> similarTo(int position, Predicate<T> eligible, double threshold, int limit) {
		return similar(this.vectors.get(position), position, eligible, threshold, limit);
	}

	/** The indexed items, in the order given. */
	List<T> items() {
		return this.items;
	}

	private List<Match<T>> similar(Vector query, int self, Predicate<T> eligible, double threshold, int limit) {
		if (query.terms.length == 0 || this.size == 0 || limit <= 0) {
			return List.of();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		query.strongest(MAX_QUERY_TERMS).forEach((term) -> {
			int colon = term.indexOf(':');
			builder.add(new TermQuery(new Term(term.substring(0, colon), term.substring(colon + 1))),
					BooleanClause.Occur.SHOULD);
		});
		try {
			ScoreDoc[] hits = this.searcher.search(builder.build(), CANDIDATES + 1).scoreDocs;
			List<Match<T>> found = new ArrayList<>();
			for (ScoreDoc hit : hits) {
				if (hit.doc == self) {
					continue;
				}
				T item = this.items.get(hit.doc);
				if (!eligible.test(item)) {
					continue;
				}
				double similarity = query.cosine(this.vectors.get(hit.doc));
				if (similarity >= threshold) {
					found.add(new Match<>(item, hit.doc, similarity));
				}
			}
			found.sort(Comparator.comparingDouble(Match<T>::similarity).reversed());
			return (found.size() > limit) ? List.copyOf(found.subList(0, limit)) : found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How rare a term is: terms in every text say nothing, terms in few say much. Terms
	 * not in the index count as in one text.
	 */
	private static double idf(int size, int frequency) {
		return 1 + Math.log((size + 1.0) / (frequency + 1.0));
	}

	private static String join(String title, String description) {
		String text = (title != null) ? title : "";
		if (description != null && !description.isBlank()) {
			text = text + "\n" + ((description.length() > TextAnalysis.MAX_CHARS)
					? description.substring(0, TextAnalysis.MAX_CHARS) : description);
		}
		return text;
	}

	/** An item found, where it is in the index, and how similar it is (0.0–1.0). */
	record Match<T>(T item, int position, double similarity) {
	}

	/** A text's TF-IDF weights, of length 1, by term in sorted order. */
	static final class Vector {

		private final String[] terms;

		private final double[] weights;

		private Vector(String[] terms, double[] weights) {
			this.terms = terms;
			this.weights = weights;
		}

		static Vector of(Map<String, Double> counted, Map<String, Double> idf, int size) {
			String[] terms = counted.keySet().toArray(String[]::new);
			Arrays.sort(terms);
			double[] weights = new double[terms.length];
			double norm = 0;
			for (int i = 0; i < terms.length; i++) {
				double weight = counted.get(terms[i]) * idf.getOrDefault(terms[i], TextIndex.idf(size, 0));
				weights[i] = weight;
				norm += weight * weight;
			}
			double length = Math.sqrt(norm);
			for (int i = 0; i < weights.length; i++) {
				weights[i] /= length;
			}
			return new Vector(terms, weights);
		}

		double cosine(Vector other) {
			double sum = 0;
			int i = 0;
			int j = 0;
			while (i < this.terms.length && j < other.terms.length) {
				int order = this.terms[i].compareTo(other.terms[j]);
				if (order == 0) {
					sum += this.weights[i++] * other.weights[j++];
				}
				else if (order < 0) {
					i++;
				}
				else {
					j++;
				}
			}
			return Math.min(1.0, sum);
		}

		/** The terms with the greatest weights, at most {@code limit}. */
		List<String> strongest(int limit) {
			if (this.terms.length <= limit) {
				return List.of(this.terms);
			}
			Integer[] order = new Integer[this.terms.length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, Comparator.comparingDouble((Integer i) -> this.weights[i]).reversed());
			return Arrays.stream(order, 0, limit).map((i) -> this.terms[i]).toList();
		}

	}

}
