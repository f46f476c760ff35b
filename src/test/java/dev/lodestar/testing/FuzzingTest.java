package dev.lodestar.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the served OpenAPI document the malformed requests of
 * {@link ApiFuzzer}, as an admin with a token, against real resources of every kind; no
 * request may answer a 5xx, nor a 4xx that is not problem+json. The figures of the run
 * are printed. Races writes with the same {@code If-Match} too, since who loses depends
 * on the database. The subclasses choose the database.
 */
public abstract class FuzzingTest extends ApiTest {

	private static final long SEED = 12;

	private static final int RACERS = 6;

	private static final int PROBES_PER_OPERATION = 20;

	@Test
	void ifMatchLosersOfARaceGet412() throws Exception {
		String objective = objective(cycle("set"), null);
		race("/api/v1/objectives/" + objective, "title");
		race("/api/v1/key-results/" + keyResult(objective, person("member").id()), "title");
		race("/api/v1/teams/" + team("Raced"), "name");
	}

	/**
	 * Six clients read the same ETag and write at once with it: one wins, every other
	 * gets 412, never 409, whoever reaches the database first.
	 */
	private void race(String path, String field) throws Exception {
		String etag = this.admin.get(path).header("ETag");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Reply>> replies = new ArrayList<>();
		try (ExecutorService clients = Executors.newFixedThreadPool(RACERS)) {
			for (int i = 0; i < RACERS; i++) {
				String value = "Raced " + i;
				replies.add(clients.submit(() -> {
					start.await();
					return this.admin.patch(path, Map.of(field, value), etag);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Reply> reply : replies) {
				statuses.add(reply.get().status());
			}
			assertThat(statuses).as(path + " " + statuses).containsOnly(200, 412).containsOnlyOnce(200);
		}
	}

	@Test
	void noMalformedRequestAnswersA5xxOrAnErrorThatIsNotAProblem() {
		Reply document = this.anonymous.get("/api/v1/openapi.json");
		assertThat(document.status()).isEqualTo(200);
		String token = token(ADMIN_EMAIL, ADMIN_PASSWORD);
		ApiFuzzer fuzzer = new ApiFuzzer(this.anonymous.withToken(token), new RawHttp(this.port), token, resources(),
				PROBES_PER_OPERATION);
		long started = System.nanoTime();
		ApiFuzzer.Figures figures = fuzzer.run(document.json(), SEED);
		System.out.printf("Fuzzing %s: %s in %d s%n", getClass().getSimpleName(), figures,
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(figures.operations()).isGreaterThan(50);
		assertThat(figures.failures()).as(figures.toString()).isEmpty();
	}

	/** One real resource of each kind, by the names paths and fields give them. */
	private Map<String, String> resources() {
		Map<String, String> ids = new HashMap<>();
		Person member = person("member");
		String team = team("Fuzzed");
		join(team, member, true);
		String cycle = cycle("execute");
		String objective = objective(cycle, team);
		String keyResult = keyResult(objective, member.id());
		String monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
		put(ids, List.of("people", "person", "owner", "to", "from"), member.id());
		put(ids, List.of("teams", "team"), team);
		put(ids, List.of("cycles", "cycle"), cycle);
		put(ids, List.of("objectives", "objective"), objective);
		put(ids, List.of("key-results", "keyResult"), keyResult);
		ids.put("monday", monday);
		ids.put("week", monday);
		Reply checkIn = this.admin.post("/api/v1/key-results/" + keyResult + "/check-ins",
				Map.of("value", 20, "confidence", 6));
		if (checkIn.status() == 201) {
			put(ids, List.of("check-ins", "checkIn"), checkIn.field("id"));
			Reply comment = this.admin.post("/api/v1/check-ins/" + checkIn.field("id") + "/comments",
					Map.of("body", "Well done"));
			put(ids, List.of("comments", "comment"), comment.field("id"));
		}
		Reply priority = this.admin.post("/api/v1/teams/" + team + "/weeks/" + monday + "/priorities",
				Map.of("text", "Ship it"));
		put(ids, List.of("priorities", "priority"), priority.field("id"));
		return ids;
	}

	private static void put(Map<String, String> ids, List<String> names, String id) {
		if (id != null) {
			names.forEach((name) -> ids.put(name, id));
		}
	}

}
