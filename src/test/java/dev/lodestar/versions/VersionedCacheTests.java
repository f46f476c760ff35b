package dev.lodestar.versions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A kept read on the real database's versions: requests that miss the same key at the
 * same version read it once, a failed read leaves the others to read for themselves, and
 * a change of the version is read again.
 */
class VersionedCacheTests extends ApiTest {

	@Autowired
	private DataVersions versions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void requestsMissingTheSameKeyTogetherReadItOnce() throws Exception {
		VersionedCache<String, String> cache = new VersionedCache<>(this.versions, DataVersions.REFLECTIONS, 8);
		AtomicInteger reads = new AtomicInteger();
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("cycle", () -> {
			reads.incrementAndGet();
			reading.countDown();
			await(release);
			return "read once";
		}));
		assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = new CompletableFuture<>();
		Thread asking = new Thread(
				() -> second.complete(cache.get("cycle", () -> "read " + reads.incrementAndGet() + " times")));
		asking.start();
		// it waits for the first read, or (were reads not shared) reads for itself and
		// ends
		awaitState(asking, Thread.State.WAITING, Thread.State.TERMINATED);
		assertThat(asking.getState()).isEqualTo(Thread.State.WAITING);

		release.countDown();

		assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("read once");
		assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("read once");
		assertThat(reads).hasValue(1);
	}

	@Test
	void aFailedReadLeavesTheOthersToReadForThemselves() throws Exception {
		VersionedCache<String, String> cache = new VersionedCache<>(this.versions, DataVersions.REFLECTIONS, 8);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> failing = CompletableFuture.supplyAsync(() -> cache.get("cycle", () -> {
			reading.countDown();
			await(release);
			throw new IllegalStateException("the database went away");
		}));
		assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> waiting = new CompletableFuture<>();
		Thread asking = new Thread(() -> waiting.complete(cache.get("cycle", () -> "its own")));
		asking.start();
		awaitState(asking, Thread.State.WAITING, Thread.State.TERMINATED);
		assertThat(asking.getState()).isEqualTo(Thread.State.WAITING);

		release.countDown();

		assertThat(waiting.get(60, TimeUnit.SECONDS)).isEqualTo("its own");
		assertThat(failing).failsWithin(60, TimeUnit.SECONDS);
		assertThatIllegalStateException().isThrownBy(() -> cache.get("other", () -> {
			throw new IllegalStateException("again");
		}));
		assertThat(cache.get("other", () -> "read after a failure")).isEqualTo("read after a failure");
	}

	@Test
	void aChangedVersionIsReadAgain() {
		VersionedCache<String, Long> cache = new VersionedCache<>(this.versions, List.of(DataVersions.REFLECTIONS), 8);
		AtomicInteger reads = new AtomicInteger();
		long first = cache.get("cycle", () -> (long) reads.incrementAndGet());
		assertThat(cache.get("cycle", () -> (long) reads.incrementAndGet())).isEqualTo(first);

		this.jdbc.sql("update data_version set version = version + 1 where name like 'reflections%'").update();

		assertThat(cache.get("cycle", () -> (long) reads.incrementAndGet())).isEqualTo(first + 1);
	}

	private static void awaitState(Thread thread, Thread.State... states) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!List.of(states).contains(thread.getState()) && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
