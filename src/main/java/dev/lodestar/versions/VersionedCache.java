package dev.lodestar.versions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps reads under the data version they were read at, per instance: a read whose
 * version still stands is answered from memory, any other is read again. The version is
 * read first, so a copy is never older than its version (a write committed between the
 * two reads only makes it newer, and bumps the version past it).
 *
 * <p>
 * Writing transactions do not use the cache: one sees its own bumps before they are
 * committed, and would keep what it read under a version that may never be committed.
 * Read-only transactions and reads outside a transaction do. At most {@code capacity}
 * keys are kept, the least recently used leaving first.
 *
 * <p>
 * Requests that miss the same key at the same version read it once: the first reads, the
 * others wait for its answer (and read for themselves if that read failed). While
 * check-ins change a version several times a second, a busy page would otherwise read the
 * same cycle once for each request that arrived since the last change.
 *
 * @param <K> what identifies a read (a cycle, a cycle and a team)
 * @param <V> what it read, which must not change once kept
 */
public final class VersionedCache<K, V> {

	private final DataVersions versions;

	private final List<String> version;

	private final Map<K, Kept<V>> entries;

	/** The reads under way, by key, each for the version it reads at. */
	private final Map<K, Reading<V>> reading = new HashMap<>();

	public VersionedCache(DataVersions versions, String version, int capacity) {
		this(versions, List.of(version), capacity);
	}

	/**
	 * A cache of reads that depend on several versions: a copy stands while none of them
	 * moved.
	 */
	public VersionedCache(DataVersions versions, List<String> version, int capacity) {
		this.versions = versions;
		this.version = List.copyOf(version);
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * What {@code read} yields for {@code key} at the version standing now: kept, or read
	 * and kept.
	 */
	public V get(K key, Supplier<V> read) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read.get();
		}
		long current = this.versions.of(this.version);
		Reading<V> mine;
		Reading<V> theirs;
		synchronized (this.entries) {
			Kept<V> kept = this.entries.get(key);
			if (kept != null && kept.version() == current) {
				return kept.value();
			}
			theirs = this.reading.get(key);
			if (theirs != null && theirs.version() == current) {
				mine = null;
			}
			else {
				theirs = null;
				mine = new Reading<>(current, new CompletableFuture<>());
				this.reading.put(key, mine);
			}
		}
		if (theirs != null) {
			try {
				return theirs.answer().join();
			}
			catch (CompletionException ex) {
				return read.get();
			}
		}
		return readAndKeep(key, current, mine, read);
	}

	private V readAndKeep(K key, long current, Reading<V> mine, Supplier<V> read) {
		try {
			V value = read.get();
			synchronized (this.entries) {
				Kept<V> now = this.entries.get(key);
				if (now == null || now.version() < current) {
					this.entries.put(key, new Kept<>(current, value));
				}
			}
			mine.answer().complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			mine.answer().completeExceptionally(ex);
			throw ex;
		}
		finally {
			synchronized (this.entries) {
				this.reading.remove(key, mine);
			}
		}
	}

	private record Kept<V>(long version, V value) {
	}

	private record Reading<V>(long version, CompletableFuture<V> answer) {
	}

}
