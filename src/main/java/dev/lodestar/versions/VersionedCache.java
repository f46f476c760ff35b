package dev.lodestar.versions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param <K> what identifies a read (a cycle, a cycle and a team)
 * @param <V> what it read, which must not change once kept
 */
public final class VersionedCache<K, V> {

	private final DataVersions versions;

	private final List<String> version;

	private final Map<K, Kept<V>> entries;

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
		Kept<V> kept;
		synchronized (this.entries) {
			kept = this.entries.get(key);
		}
		if (kept != null && kept.version() == current) {
			return kept.value();
		}
		V value = read.get();
		synchronized (this.entries) {
			Kept<V> now = this.entries.get(key);
			if (now == null || now.version() < current) {
				this.entries.put(key, new Kept<>(current, value));
			}
		}
		return value;
	}

	private record Kept<V>(long version, V value) {
	}

}
