package dev.lodestar.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.LodestarProcess;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash must not take: Lodestar, in a JVM of its own, takes a burst of concurrent
 * writes (check-ins, objectives, comments) and is killed with SIGKILL in the middle of
 * it; started again on the same storage, it has every write it answered {@code 201}. Run
 * on H2 and on PostgreSQL by the subclasses.
 */
abstract class CrashContract {

	private static final int WRITERS = 8;

	/** How many writes are answered before the kill. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

	private static final int KEY_RESULTS = 4;

	@TempDir
	Path directory;

	/** The properties that point Lodestar at the storage under test. */
	abstract Map<String, String> storage(Path directory);

	/** The name of the storage in the figures this test prints. */
	abstract String name();

	@Test
	void everyAcknowledgedWriteSurvivesAKill() throws Exception {
		Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();
		try (LodestarProcess lodestar = LodestarProcess.start(this.directory, storage(this.directory))) {
			Api admin = lodestar.admin();
			Organisation organisation = Organisation.of(admin);
			burstThenKill(lodestar, admin, organisation, acknowledged);
		}
		try (LodestarProcess restarted = LodestarProcess.start(this.directory, storage(this.directory))) {
			Api admin = restarted.admin();
			List<Written> missing = acknowledged.stream()
				.filter((written) -> admin.get(written.path()).status() != 200)
				.toList();
			System.out.printf("[lodestar] kill -9 on %s: %d writes acknowledged (%s), %d found after restart%n", name(),
					acknowledged.size(), Written.countsOf(acknowledged), acknowledged.size() - missing.size());
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
			assertThat(missing).as("acknowledged before the kill, missing after the restart").isEmpty();
		}
	}

	private void burstThenKill(LodestarProcess lodestar, Api admin, Organisation organisation,
			Queue<Written> acknowledged) throws InterruptedException {
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
		AtomicInteger refused = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int writer = 0; writer < WRITERS; writer++) {
			int first = writer;
			writers.execute(() -> {
				for (int n = first; !Thread.currentThread().isInterrupted(); n += WRITERS) {
					try {
						Written written = organisation.write(admin, n);
						if (written == null) {
							refused.incrementAndGet();
							continue;
						}
						acknowledged.add(written);
						enough.countDown();
					}
					catch (IllegalStateException connectionLost) {
						return;
					}
				}
			});
		}
		assertThat(enough.await(2, TimeUnit.MINUTES)).as("writes answered before the kill").isTrue();
		lodestar.kill();
		writers.shutdown();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).as("writers stopped by the kill").isTrue();
		assertThat(refused).as("writes answered with something else than 201").hasValue(0);
	}

	/**
	 * A cycle in execute with key results to check in on, an objective in it, and a
	 * check-in to comment on.
	 */
	private record Organisation(String cycleId, String teamId, List<String> keyResultIds, String checkInId) {

		static Organisation of(Api admin) {
			String team = created(admin.post("/api/v1/teams", Map.of("name", "Crash " + UUID.randomUUID())));
			String cycle = created(admin.post("/api/v1/cycles",
					Map.of("name", "Crash " + UUID.randomUUID(), "startDate", LocalDate.now().minusDays(30).toString(),
							"endDate", LocalDate.now().plusDays(60).toString())));
			for (String phase : List.of("set", "execute")) {
				assertThat(admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase)).status())
					.isEqualTo(200);
			}
			String objective = created(admin.post("/api/v1/objectives",
					Map.of("cycleId", cycle, "teamId", team, "title", "Survive a crash")));
			String owner = admin.get("/api/v1/people/me").field("id");
			List<String> keyResults = new ArrayList<>();
			for (int i = 0; i < KEY_RESULTS; i++) {
				keyResults.add(created(admin.post("/api/v1/objectives/" + objective + "/key-results",
						Map.of("title", "Writes kept " + i, "ownerId", owner, "type", "metric", "startValue", 0,
								"targetValue", 1000))));
			}
			String checkIn = created(admin.post("/api/v1/key-results/" + keyResults.get(0) + "/check-ins",
					Map.of("value", 1, "confidence", 7)));
			return new Organisation(cycle, team, keyResults, checkIn);
		}

		/**
		 * The {@code n}th write of the burst, or {@code null} when it was answered with
		 * something else than {@code 201}.
		 */
		Written write(Api admin, int n) {
			Reply reply = switch (n % 3) {
				case 0 -> admin.post("/api/v1/key-results/" + this.keyResultIds.get(n % KEY_RESULTS) + "/check-ins",
						Map.of("value", n % 1000, "confidence", 1 + n % 10, "note", "Write " + n));
				case 1 -> admin.post("/api/v1/objectives",
						Map.of("cycleId", this.cycleId, "teamId", this.teamId, "title", "Objective " + n));
				default ->
					admin.post("/api/v1/check-ins/" + this.checkInId + "/comments", Map.of("body", "Comment " + n));
			};
			if (reply.status() != 201) {
				System.out.println("[lodestar] write " + n + " answered " + reply);
				return null;
			}
			String kind = switch (n % 3) {
				case 0 -> "check-ins";
				case 1 -> "objectives";
				default -> "comments";
			};
			return new Written(kind, reply.field("id"));
		}

		private static String created(Reply reply) {
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
			return reply.field("id");
		}

	}

	/** A write answered {@code 201}: what it made and its id. */
	private record Written(String kind, String id) {

		String path() {
			return "/api/v1/" + this.kind + "/" + this.id;
		}

		static Map<String, Long> countsOf(Queue<Written> written) {
			return written.stream().collect(Collectors.groupingBy(Written::kind, TreeMap::new, Collectors.counting()));
		}

	}

}
