package dev.lodestar.overlaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.CycleTexts;
import dev.lodestar.objectives.CycleTexts.ObjectiveText;

/**
 * The Lucene indexes of the cycles in use, kept in this instance's memory and correct
 * when several instances share the database: every use first reads the cycle's version
 * marks ({@link CycleTexts#version}, one cheap statement). While they are those the
 * indexes were built at, the indexes serve as they are. When a mark differs, the cycle's
 * texts are read again (one statement) and an index is rebuilt only if the texts it holds
 * changed: a check-in changes the key results' mark but no key result's words, so it
 * costs a read and no rebuild. The indexes of the {@value #CYCLES} cycles used last are
 * kept.
 */
@Component
class CycleIndexes {

	static final int CYCLES = 8;

	private static final Logger log = LoggerFactory.getLogger(CycleIndexes.class);

	private final CycleTexts texts;

	private final Map<CycleId, Indexed> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<CycleId, Indexed> eldest) {
			return size() > CYCLES;
		}
	};

	private final Map<CycleId, Object> locks = new ConcurrentHashMap<>();

	CycleIndexes(CycleTexts texts) {
		this.texts = texts;
	}

	/** The cycle's indexes as its texts are now. */
	Indexed of(CycleId cycle) {
		CycleTexts.Marks marks = this.texts.version(cycle);
		Indexed current = cached(cycle);
		if (current != null && current.marks().equals(marks)) {
			return current;
		}
		synchronized (this.locks.computeIfAbsent(cycle, (key) -> new Object())) {
			current = cached(cycle);
			if (current != null && current.marks().equals(marks)) {
				return current;
			}
			Indexed next = build(cycle, marks, current);
			synchronized (this.cache) {
				this.cache.put(cycle, next);
			}
			return next;
		}
	}

	private Indexed cached(CycleId cycle) {
		synchronized (this.cache) {
			return this.cache.get(cycle);
		}
	}

	private Indexed build(CycleId cycle, CycleTexts.Marks marks, Indexed previous) {
		List<ObjectiveText> objectives = this.texts.of(cycle);
		List<Measured> measured = new ArrayList<>();
		for (ObjectiveText objective : objectives) {
			objective.keyResults()
				.stream()
				.map((keyResult) -> Measured.of(keyResult, objective))
				.filter(Objects::nonNull)
				.forEach(measured::add);
		}
		int objectivesHash = objectives.stream()
			.map((one) -> List.of(one.id(), one.teamIds(), Objects.toString(one.title()),
					Objects.toString(one.description())))
			.toList()
			.hashCode();
		int measuresHash = measured.stream()
			.map((one) -> List.of(one.keyResult().id(), one.teamIds(), one.direction(), one.measure()))
			.toList()
			.hashCode();
		long started = System.nanoTime();
		Side<ObjectiveText> objectiveSide = (previous != null && previous.objectives().hash() == objectivesHash)
				? previous.objectives() : new Side<>(objectivesHash,
						TextIndex.of(objectives, ObjectiveText::title, ObjectiveText::description));
		Side<Measured> measureSide = (previous != null && previous.measures().hash() == measuresHash)
				? previous.measures()
				: new Side<>(measuresHash, TextIndex.of(measured, Measured::measure, (m) -> null));
		if (log.isInfoEnabled()
				&& (previous == null || objectiveSide != previous.objectives() || measureSide != previous.measures())) {
			log.info("Indexed the {} objectives and {} key results with a direction of cycle {} in {} ms",
					objectives.size(), measured.size(), cycle, (System.nanoTime() - started) / 1_000_000);
		}
		return new Indexed(marks, objectiveSide, measureSide);
	}

	/** A cycle's indexes at the marks they were built at. */
	record Indexed(CycleTexts.Marks marks, Side<ObjectiveText> objectives, Side<Measured> measures) {
	}

	/**
	 * One index of a cycle, the hash of the texts it holds, and what was worked out from
	 * it once (each item's closest partners, the cycle's overlapping pairs), kept with it
	 * under a name.
	 */
	static final class Side<T> {

		private final int hash;

		private final TextIndex<T> index;

		private final Map<String, Object> derived = new ConcurrentHashMap<>();

		Side(int hash, TextIndex<T> index) {
			this.hash = hash;
			this.index = index;
		}

		int hash() {
			return this.hash;
		}

		TextIndex<T> index() {
			return this.index;
		}

		/**
		 * What {@code work} makes of this index, made once: whoever asks while it is made
		 * waits for it rather than making it again.
		 */
		@SuppressWarnings("unchecked")
		<R> R derived(String name, Supplier<R> work) {
			Object made = this.derived.get(name);
			if (made == null) {
				synchronized (this) {
					made = this.derived.get(name);
					if (made == null) {
						made = work.get();
						this.derived.put(name, made);
					}
				}
			}
			return (R) made;
		}

		/** What was made under {@code name} already, or {@code null}: never waits. */
		@SuppressWarnings("unchecked")
		<R> R derivedIfMade(String name) {
			return (R) this.derived.get(name);
		}

	}

}
