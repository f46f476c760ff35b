package dev.lodestar.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Drives a running Lodestar filled by {@link BenchmarkOrganisation}: for each scenario
 * and each concurrency it runs that many virtual users, each a different person signed in
 * with a session of their own (or their API token), for a fixed time after a warm-up, and
 * records every response's latency. Any answer other than the expected status counts as
 * an error. Prints a table with each figure's ratio to the health endpoint's, the floor
 * of the stack, and writes the results as JSON.
 * <p>
 * {@code --base=http://localhost:18080 [--seconds=8] [--warmup=2] [--concurrency=1,8,32]
 * [--out=target/benchmark/results.json] [--label=h2] [--startup-ms=...] [--only=team,check-in]}
 */
public final class LoadDriver {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final URI base;

	private final HttpClient http;

	/** The admin's session, for the pages meant for champions and admins. */
	private HttpClient admin;

	private LoadDriver(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(BenchmarkOrganisation.option(args, "base", "http://localhost:18080"));
		int seconds = Integer.parseInt(BenchmarkOrganisation.option(args, "seconds", "8"));
		int warmup = Integer.parseInt(BenchmarkOrganisation.option(args, "warmup", "2"));
		int[] levels = Arrays.stream(BenchmarkOrganisation.option(args, "concurrency", "1,8,32").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		Path out = Path.of(BenchmarkOrganisation.option(args, "out", "target/benchmark/results.json"));
		String label = BenchmarkOrganisation.option(args, "label", "h2");
		String startup = BenchmarkOrganisation.option(args, "startup-ms", null);
		LoadDriver driver = new LoadDriver(base);
		int users = Arrays.stream(levels).max().orElse(1);
		List<User> people = driver.signIn(users);
		driver.admin = driver.session(BenchmarkOrganisation.ADMIN_EMAIL);
		String only = BenchmarkOrganisation.option(args, "only", "");
		List<Scenario> scenarios = driver.scenarios()
			.stream()
			.filter((scenario) -> only.isBlank() || Arrays.stream(only.split(","))
				.anyMatch((name) -> scenario.name().replace(' ', '-').startsWith(name.strip())))
			.toList();
		if (scenarios.stream().anyMatch((scenario) -> scenario.name().startsWith("similar"))) {
			driver.coldSimilar(people.get(0));
		}
		List<Result> results = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			driver.first(scenario, people.get(0));
			for (int level : levels) {
				Result result = driver.run(scenario, people.subList(0, level), warmup, seconds);
				results.add(result);
				System.out.printf(Locale.ROOT, "  %-22s c=%-3d %8.1f/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
						scenario.name(), level, result.throughput(), result.p50(), result.p99(), result.errors());
			}
		}
		print(results, levels);
		write(out, label, startup, seconds, results);
	}

	/**
	 * Signs in people who own key results in the current cycle, one session each, and
	 * finds for each their team, one of their objectives, one of their key results (not a
	 * roll-up, which takes no check-ins) and the objective at the top of the first links
	 * up from theirs (their own when it contributes to nothing).
	 */
	private List<User> signIn(int count) throws IOException, InterruptedException {
		HttpClient admin = this.http;
		String adminToken = Tokens.of(0);
		JsonNode cycles = json(admin, "/api/v1/cycles?limit=10", adminToken);
		String current = null;
		for (JsonNode cycle : cycles.get("items")) {
			if ("execute".equals(cycle.get("phase").asString())) {
				current = cycle.get("id").asString();
			}
		}
		if (current == null) {
			throw new IllegalStateException("No cycle in execute: was the organisation generated?");
		}
		int people = json(admin, "/api/v1/people?limit=1", adminToken).get("total").asInt();
		JsonNode metrics = json(admin, "/api/v1/metrics?limit=" + count, adminToken).get("items");
		List<User> users = new ArrayList<>();
		for (int tried = 0, n = 3; users.size() < count; tried++, n = (n + 37) % people) {
			if (tried == people) {
				throw new IllegalStateException("Fewer than " + count + " people own a key result in " + current);
			}
			if (n == 0 || n % 50 == 2 || n % 100 == 1) {
				continue;
			}
			JsonNode me = json(admin, "/api/v1/people/me", Tokens.of(n));
			String team = me.get("teamIds").get(0).asString();
			JsonNode objectives = json(admin, "/api/v1/objectives?cycleId=" + current + "&teamId=" + team,
					Tokens.of(n));
			JsonNode objective = null;
			String keyResult = null;
			for (JsonNode candidate : objectives.get("items")) {
				for (JsonNode kr : candidate.get("keyResults")) {
					String type = kr.get("type").asString();
					if (kr.get("ownerId").asString().equals(me.get("id").asString()) && keyResult == null
							&& !"milestone".equals(type) && !"rollup".equals(type)) {
						objective = candidate;
						keyResult = kr.get("id").asString();
					}
				}
			}
			if (keyResult == null) {
				continue;
			}
			users.add(new User(n, session("p" + n + "@bench.lodestar.test"), Tokens.of(n), current, team,
					objective.get("id").asString(), keyResult, top(objective, Tokens.of(n)),
					metrics.isEmpty() ? null : metrics.get(users.size() % metrics.size()).get("id").asString()));
		}
		return users;
	}

	/**
	 * The objective at the top of the first links up from one: the one a key result
	 * belongs to, for a link to a key result.
	 */
	private String top(JsonNode objective, String token) throws IOException, InterruptedException {
		JsonNode current = objective;
		for (int level = 0; level < 10; level++) {
			JsonNode links = current.get("contributesTo");
			if (links == null || links.isEmpty()) {
				break;
			}
			JsonNode link = links.get(0);
			String up = link.has("objectiveId") ? link.get("objectiveId").asString()
					: json(this.http, "/api/v1/key-results/" + link.get("keyResultId").asString(), token)
						.get("objectiveId")
						.asString();
			current = json(this.http, "/api/v1/objectives/" + up, token);
		}
		return current.get("id").asString();
	}

	private HttpClient session(String email) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = client.send(get("/sign-in").build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF field");
		}
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(BenchmarkOrganisation.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(this.base.resolve("/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"Could not sign in " + email + ": " + signedIn.statusCode() + " " + location);
		}
		return client;
	}

	private List<Scenario> scenarios() {
		return List.of(new Scenario("health (floor)", (user) -> get("/api/v1/health"), 200, false),
				new Scenario("my week", (user) -> get("/"), 200, true),
				new Scenario("team page", (user) -> get("/teams/" + user.team()), 200, true),
				new Scenario("company page", (user) -> get("/company"), 200, true),
				new Scenario("objective page", (user) -> get("/objectives/" + user.objective()), 200, true),
				new Scenario("parent objective page", (user) -> get("/objectives/" + user.topObjective()), 200, true),
				new Scenario("gaps page", (user) -> get("/gaps"), 200, true),
				new Scenario("alignment map", (user) -> get("/alignment?cycle=" + user.cycle()), 200, true),
				new Scenario("alignment map of a team",
						(user) -> get("/alignment?cycle=" + user.cycle() + "&team=" + user.team()), 200, true),
				new Scenario("check-in (POST)",
						(user) -> api("/api/v1/key-results/" + user.keyResult() + "/check-ins", user.token())
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("{\"value\": " + (100 + (System.nanoTime() % 500))
									+ ", \"confidence\": 7, \"note\": \"Benchmark check-in\"}")),
						201, false),
				new Scenario("API objectives of a team",
						(user) -> api("/api/v1/objectives?cycleId=" + user.cycle() + "&teamId=" + user.team(),
								user.token()),
						200, false),
				new Scenario("similar objectives",
						(user) -> api("/api/v1/objectives/" + user.objective() + "/similar", user.token()), 200, false),
				new Scenario("coach summary (API)",
						(user) -> api("/api/v1/cycles/" + user.cycle() + "/coach", Tokens.of(0)), 200, false),
				new Scenario("coach summary page", (user) -> get("/cycles/" + user.cycle() + "/coach"), 200, true,
						true),
				new Scenario("overlaps (API)",
						(user) -> api("/api/v1/cycles/" + user.cycle() + "/overlaps", Tokens.of(0)), 200, false),
				new Scenario("overlaps page", (user) -> get("/cycles/" + user.cycle() + "/overlaps"), 200, true, true),
				new Scenario("reviews page", (user) -> get("/reviews"), 200, true),
				new Scenario("reviews teams page", (user) -> get("/reviews/teams?cycle=" + user.cycle()), 200, true,
						true),
				new Scenario("templates page", (user) -> get("/templates"), 200, true),
				new Scenario("program page", (user) -> get("/program"), 200, true, true),
				new Scenario("maturity (API)", (user) -> api("/api/v1/maturity", user.token()), 200, false),
				new Scenario("team maturity (API)",
						(user) -> api("/api/v1/teams/" + user.team() + "/maturity", user.token()), 200, false),
				new Scenario("program health (API)", (user) -> api("/api/v1/program-health", user.token()), 200, false),
				new Scenario("calibration (API)", (user) -> api("/api/v1/calibration", user.token()), 200, false),
				new Scenario("metrics page", (user) -> get("/metrics"), 200, true),
				new Scenario("metric page", (user) -> get("/metrics/" + user.metric()), 200, true), new Scenario(
						"metric (API)", (user) -> api("/api/v1/metrics/" + user.metric(), user.token()), 200, false));
	}

	/**
	 * A scenario's first request, measured alone before its load: what the first person
	 * to ask waits when a cache (an index, a cycle's pairs) is built on demand.
	 */
	private void first(Scenario scenario, User user) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<byte[]> response = client(scenario, user).send(scenario.request().of(user).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		System.out.printf(Locale.ROOT, "  %-22s first request %6d ms, status %d%n", scenario.name(),
				(System.nanoTime() - started) / 1_000_000, response.statusCode());
	}

	private HttpClient client(Scenario scenario, User user) {
		if (scenario.admin()) {
			return this.admin;
		}
		return scenario.session() ? user.session() : this.http;
	}

	/**
	 * The first search for similar objectives, which builds the cycle's index (about
	 * 12,000 objectives): measured alone before the load, since every later one finds it
	 * built.
	 */
	private void coldSimilar(User user) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = this.http.send(
				api("/api/v1/objectives/" + user.objective() + "/similar", user.token()).build(),
				HttpResponse.BodyHandlers.ofString());
		System.out.printf(Locale.ROOT, "  similar objectives, cold (builds the cycle's index): %d ms, status %d%n",
				(System.nanoTime() - started) / 1_000_000, response.statusCode());
	}

	private Result run(Scenario scenario, List<User> users, int warmup, int seconds) throws InterruptedException {
		long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
		long end = warmEnd + seconds * 1_000_000_000L;
		List<long[]> perUser = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (User user : users) {
			long[][] samples = { new long[1024] };
			int[] size = { 0 };
			perUser.add(null);
			int slot = perUser.size() - 1;
			threads.add(Thread.ofVirtual().start(() -> {
				HttpClient client = client(scenario, user);
				while (true) {
					long started = System.nanoTime();
					if (started >= end) {
						break;
					}
					boolean ok;
					try {
						HttpResponse<byte[]> response = client.send(scenario.request().of(user).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						ok = response.statusCode() == scenario.expected();
					}
					catch (IOException | InterruptedException ex) {
						ok = false;
					}
					long took = System.nanoTime() - started;
					if (started < warmEnd) {
						continue;
					}
					if (!ok) {
						errors.incrementAndGet();
					}
					if (size[0] == samples[0].length) {
						samples[0] = Arrays.copyOf(samples[0], size[0] * 2);
					}
					samples[0][size[0]++] = took;
				}
				synchronized (perUser) {
					perUser.set(slot, Arrays.copyOf(samples[0], size[0]));
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long[] all = perUser.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(scenario.name(), users.size(), all.length, errors.get(), all.length / (double) seconds,
				percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99));
	}

	private static double percentile(long[] sorted, double share) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(share * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	private static void print(List<Result> results, int[] levels) {
		Map<Integer, Result> floor = new LinkedHashMap<>();
		results.stream().filter((r) -> r.scenario().startsWith("health")).forEach((r) -> floor.put(r.users(), r));
		System.out.println();
		System.out.printf(Locale.ROOT, "| %-24s | %3s | %10s | %8s | %8s | %8s | %12s | %10s | %6s |%n", "scenario",
				"c", "req/s", "p50 ms", "p95 ms", "p99 ms", "req/s÷floor", "p99÷floor", "errors");
		System.out.println("| --- | --: | --: | --: | --: | --: | --: | --: | --: |");
		for (Result r : results) {
			Result f = floor.get(r.users());
			double throughputRatio = (f != null) ? r.throughput() / f.throughput() : Double.NaN;
			double p99Ratio = (f != null) ? r.p99() / f.p99() : Double.NaN;
			System.out.printf(Locale.ROOT, "| %-24s | %3d | %10.0f | %8.1f | %8.1f | %8.1f | %12.2f | %10.1f | %6d |%n",
					r.scenario(), r.users(), r.throughput(), r.p50(), r.p95(), r.p99(), throughputRatio, p99Ratio,
					r.errors());
		}
	}

	private static void write(Path out, String label, String startup, int seconds, List<Result> results)
			throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("label", label);
		document.put("machine",
				Map.of("cores", Runtime.getRuntime().availableProcessors(), "os",
						System.getProperty("os.name") + " " + System.getProperty("os.version"), "java",
						System.getProperty("java.version")));
		document.put("startupMillis", (startup != null) ? Long.parseLong(startup) : null);
		document.put("secondsPerRun", seconds);
		document.put("results", results);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
		System.out.println("\nResults written to " + out);
	}

	private JsonNode json(HttpClient client, String path, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(api(path, token).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
	}

	private HttpRequest.Builder api(String path, String token) {
		return get(path).header("Authorization", "Bearer " + token);
	}

	/** A signed-in person, their API token, and what they look at. */
	record User(int n, HttpClient session, String token, String cycle, String team, String objective, String keyResult,
			String topObjective, String metric) {
	}

	/**
	 * A request to measure and the status that means it worked: sent in the person's
	 * session, in the admin's ({@code admin}, for pages meant for champions and admins)
	 * or with no cookies.
	 */
	record Scenario(String name, RequestFor request, int expected, boolean session, boolean admin) {

		Scenario(String name, RequestFor request, int expected, boolean session) {
			this(name, request, expected, session, false);
		}

	}

	@FunctionalInterface
	interface RequestFor {

		HttpRequest.Builder of(User user);

	}

	/** One scenario at one concurrency; latencies in milliseconds. */
	record Result(String scenario, int users, long requests, long errors, double throughput, double p50, double p95,
			double p99) {
	}

}
