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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Drives a running Lodestar filled by {@link BenchmarkOrganisation}: for each scenario
 * and each concurrency it runs that many virtual users, each a different person signed in
 * with a session of their own (or their API token), for a fixed time after a warm-up, and
 * records every response's latency. Any answer other than the expected status counts as
 * an error.
 * <p>
 * Before measuring anything, every scenario runs once for a few seconds at the highest
 * concurrency, unrecorded, so that the JIT has compiled what it calls. The floor of the
 * stack (the health endpoint) is then measured, every other scenario and concurrency is
 * measured {@code --repeat} times, round-robin over the scenarios so that a noisy moment
 * of the machine falls on different scenarios, and the floor is measured again at the
 * end. Prints a table of the medians with their spread, each throughput's ratio to the
 * better of the two floor runs, and how the pages hold their budgets, and writes all of
 * it (every repeat's figures too) as JSON.
 * <p>
 * {@code --base=http://localhost:18080 [--seconds=8] [--warmup=2] [--jit=3] [--repeat=3]
 * [--concurrency=1,8,32] [--out=target/benchmark/results.json] [--label=h2|postgres]
 * [--startup-ms=...] [--start=fast|plain] [--only=team,check-in]}
 */
public final class LoadDriver {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** The concurrency at which the budgets hold. */
	private static final int BUDGET_LEVEL = 8;

	/** Every page's p99 at the budget's concurrency, in milliseconds. */
	private static final double PAGE_P99_MS = 50;

	/** Every page's throughput at the budget's concurrency, as a share of the floor's. */
	private static final double PAGE_FLOOR_SHARE = 0.25;

	/** Check-ins per second at the budget's concurrency, by database. */
	private static final Map<String, Integer> CHECK_INS_PER_SECOND = Map.of("h2", 2_000, "postgres", 1_500);

	/** From the start of the JVM to the first served page, with the fast start. */
	private static final long STARTUP_MS = 3_000;

	private static final String CHECK_IN = "check-in (POST)";

	/**
	 * Check-ins per second in the background of the scenarios measured amid them: all of
	 * the 10,000 people checking in within about eight minutes, a busy Monday morning.
	 */
	private static final int CHECK_IN_DAY = 20;

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
		int jit = Integer.parseInt(BenchmarkOrganisation.option(args, "jit", "3"));
		int repeat = Math.max(1, Integer.parseInt(BenchmarkOrganisation.option(args, "repeat", "3")));
		int[] levels = Arrays.stream(BenchmarkOrganisation.option(args, "concurrency", "1,8,32").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		Path out = Path.of(BenchmarkOrganisation.option(args, "out", "target/benchmark/results.json"));
		String label = BenchmarkOrganisation.option(args, "label", "h2");
		String startup = BenchmarkOrganisation.option(args, "startup-ms", null);
		String start = BenchmarkOrganisation.option(args, "start", "fast");
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
		Scenario floor = scenarios.stream().filter(Scenario::floor).findFirst().orElse(null);
		List<Scenario> measured = scenarios.stream().filter((scenario) -> !scenario.floor()).toList();
		long began = System.nanoTime();
		if (scenarios.stream().anyMatch((scenario) -> scenario.name().startsWith("similar"))) {
			driver.coldSimilar(people.get(0));
		}
		System.out.printf(Locale.ROOT, "First requests, each followed by %d s of JIT warm-up at c=%d (not recorded)%n",
				jit, users);
		for (Scenario scenario : scenarios) {
			driver.first(scenario, people.get(0));
			if (jit > 0) {
				driver.run(scenario, people, 0, jit);
			}
		}
		System.out.println("Floor, before");
		List<Result> floorBefore = driver.floor(floor, people, levels, warmup, seconds);
		Map<String, List<Result>> runs = new LinkedHashMap<>();
		for (int round = 1; round <= repeat; round++) {
			System.out.printf(Locale.ROOT, "Round %d of %d%n", round, repeat);
			for (int level : levels) {
				for (Scenario scenario : measured) {
					Result result = driver.run(scenario, people.subList(0, level), warmup, seconds);
					runs.computeIfAbsent(scenario.name() + "@" + level, (key) -> new ArrayList<>()).add(result);
					progress(result);
				}
			}
		}
		System.out.println("Floor, after");
		List<Result> floorAfter = driver.floor(floor, people, levels, warmup, seconds);
		Map<Integer, Result> best = new LinkedHashMap<>();
		for (Result result : concat(floorBefore, floorAfter)) {
			best.merge(result.users(), result, (a, b) -> (b.throughput() > a.throughput()) ? b : a);
		}
		List<Summary> summaries = new ArrayList<>();
		for (Scenario scenario : measured) {
			for (int level : levels) {
				summaries.add(Summary.of(scenario, level, runs.get(scenario.name() + "@" + level), best.get(level)));
			}
		}
		System.out.printf(Locale.ROOT, "%nLoad phase: %d s%n", (System.nanoTime() - began) / 1_000_000_000L);
		print(floorBefore, floorAfter, best, summaries, repeat);
		List<Budget> budgets = budgets(summaries, label, startup, start);
		printBudgets(budgets, label);
		write(out, label, startup, start, seconds, warmup, jit, repeat, floorBefore, floorAfter, best, summaries,
				budgets);
	}

	private static List<Result> concat(List<Result> first, List<Result> second) {
		List<Result> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static void progress(Result result) {
		System.out.printf(Locale.ROOT, "  %-24s c=%-3d %8.1f/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
				result.scenario(), result.users(), result.throughput(), result.p50(), result.p99(), result.errors());
	}

	/** The floor at every concurrency, once; none when it was not chosen. */
	private List<Result> floor(Scenario floor, List<User> people, int[] levels, int warmup, int seconds)
			throws InterruptedException {
		List<Result> results = new ArrayList<>();
		if (floor == null) {
			return results;
		}
		for (int level : levels) {
			Result result = run(floor, people.subList(0, level), warmup, seconds);
			results.add(result);
			progress(result);
		}
		return results;
	}

	/**
	 * Signs in people who own key results in the current cycle, one session each, and
	 * finds for each their team, one of their objectives, one of their key results (not a
	 * roll-up, which takes no check-ins), its latest check-in (if any), and the objective
	 * at the top of the first links up from theirs (their own when it contributes to
	 * nothing); and the last closed cycle, whose retrospectives the team pages link to.
	 */
	private List<User> signIn(int count) throws IOException, InterruptedException {
		HttpClient admin = this.http;
		String adminToken = Tokens.of(0);
		JsonNode cycles = json(admin, "/api/v1/cycles?limit=10", adminToken);
		String current = null;
		String closed = null;
		String closedEnd = "";
		for (JsonNode cycle : cycles.get("items")) {
			if ("execute".equals(cycle.get("phase").asString())) {
				current = cycle.get("id").asString();
			}
			if ("closed".equals(cycle.get("phase").asString())
					&& cycle.get("endDate").asString().compareTo(closedEnd) > 0) {
				closed = cycle.get("id").asString();
				closedEnd = cycle.get("endDate").asString();
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
			JsonNode checkIns = json(admin, "/api/v1/key-results/" + keyResult + "/check-ins?limit=1", Tokens.of(n))
				.get("items");
			users.add(new User(n, session("p" + n + "@bench.lodestar.test"), Tokens.of(n), current, closed, team,
					objective.get("id").asString(), keyResult,
					checkIns.isEmpty() ? null : checkIns.get(0).get("id").asString(), top(objective, Tokens.of(n)),
					metrics.isEmpty() ? null : metrics.get(users.size() % metrics.size()).get("id").asString(),
					new ConcurrentHashMap<>()));
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

	/**
	 * Every scenario, the floor first. The pages marked {@code budgeted} are the ones the
	 * page budgets are for (docs/performance.md, "Budgets").
	 */
	private List<Scenario> scenarios() {
		return List.of(Scenario.floor("health (floor)", (user) -> get("/api/v1/health")),
				Scenario.page("my week", (user) -> get("/")).underBudget(),
				Scenario.page("team page", (user) -> get("/teams/" + user.team())).underBudget(),
				Scenario.page("company page", (user) -> get("/company")).underBudget(),
				Scenario.page("company revalidated", (user) -> get("/company")).revalidating(),
				Scenario.page("company amid check-ins", (user) -> get("/company")).amidCheckIns(CHECK_IN_DAY),
				Scenario.page("objective page", (user) -> get("/objectives/" + user.objective())).underBudget(),
				Scenario.page("parent objective page", (user) -> get("/objectives/" + user.topObjective()))
					.underBudget(),
				Scenario.page("key result page", (user) -> get("/key-results/" + user.keyResult())).underBudget(),
				Scenario.page("conversation page", (user) -> get("/check-ins/" + user.checkIn())),
				Scenario.page("gaps page", (user) -> get("/gaps")).underBudget(),
				Scenario.page("gaps amid check-ins", (user) -> get("/gaps")).amidCheckIns(CHECK_IN_DAY),
				Scenario.page("alignment map", (user) -> get("/alignment?cycle=" + user.cycle())).underBudget(),
				Scenario
					.page("alignment map of a team",
							(user) -> get("/alignment?cycle=" + user.cycle() + "&team=" + user.team()))
					.underBudget(),
				Scenario.page("report page", (user) -> get("/cycles/" + user.cycle() + "/report")).underBudget(),
				Scenario.page("monday page", (user) -> get("/teams/" + user.team() + "/monday")),
				Scenario.page("friday page", (user) -> get("/teams/" + user.team() + "/friday")),
				Scenario.page("activity page", (user) -> get("/teams/" + user.team() + "/activity")),
				Scenario.page("retrospective page",
						(user) -> get("/teams/" + user.team() + "/retrospectives/" + user.closedCycle())),
				Scenario.api(CHECK_IN, this::checkIn, 201),
				Scenario.api("API objectives of a team",
						(user) -> api("/api/v1/objectives?cycleId=" + user.cycle() + "&teamId=" + user.team(),
								user.token())),
				Scenario.api("similar objectives",
						(user) -> api("/api/v1/objectives/" + user.objective() + "/similar", user.token())),
				Scenario.api("coach summary (API)",
						(user) -> api("/api/v1/cycles/" + user.cycle() + "/coach", Tokens.of(0))),
				Scenario.adminPage("coach summary page", (user) -> get("/cycles/" + user.cycle() + "/coach")),
				Scenario.api("overlaps (API)",
						(user) -> api("/api/v1/cycles/" + user.cycle() + "/overlaps", Tokens.of(0))),
				Scenario.adminPage("overlaps page", (user) -> get("/cycles/" + user.cycle() + "/overlaps")),
				Scenario.page("reviews page", (user) -> get("/reviews")),
				Scenario.adminPage("reviews teams page", (user) -> get("/reviews/teams?cycle=" + user.cycle())),
				Scenario.page("templates page", (user) -> get("/templates")),
				Scenario.adminPage("program page", (user) -> get("/program")),
				Scenario.api("maturity (API)", (user) -> api("/api/v1/maturity", user.token())),
				Scenario.api("team maturity (API)",
						(user) -> api("/api/v1/teams/" + user.team() + "/maturity", user.token())),
				Scenario.api("program health (API)", (user) -> api("/api/v1/program-health", user.token())),
				Scenario.api("calibration (API)", (user) -> api("/api/v1/calibration", user.token())),
				Scenario.page("metrics page", (user) -> get("/metrics")),
				Scenario.page("metric page", (user) -> get("/metrics/" + user.metric())),
				Scenario.api("metric (API)", (user) -> api("/api/v1/metrics/" + user.metric(), user.token())));
	}

	/** A check-in to the person's key result, with a value that differs from the last. */
	private HttpRequest.Builder checkIn(User user) {
		return api("/api/v1/key-results/" + user.keyResult() + "/check-ins", user.token())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"value\": " + (100 + (System.nanoTime() % 500))
					+ ", \"confidence\": 7, \"note\": \"Benchmark check-in\"}"));
	}

	/**
	 * Posts check-ins of the people in turn at a steady rate until {@code end} (one after
	 * another, so fewer when each takes longer than the interval), and prints how many
	 * there were and how many were refused.
	 */
	private void checkInsUntil(long end, int perSecond, List<User> users) {
		long interval = 1_000_000_000L / perSecond;
		long began = System.nanoTime();
		int sent = 0;
		int refused = 0;
		for (long next = began; next < end; next += interval) {
			LockSupport.parkNanos(next - System.nanoTime());
			try {
				HttpResponse<Void> response = this.http.send(checkIn(users.get(sent % users.size())).build(),
						HttpResponse.BodyHandlers.discarding());
				refused += (response.statusCode() == 201) ? 0 : 1;
			}
			catch (IOException ex) {
				refused++;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sent++;
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf(Locale.ROOT, "  amid %d check-ins (%.1f/s), %d refused%n", sent, sent / seconds, refused);
	}

	/**
	 * A scenario's first request, measured alone before its load: what the first person
	 * to ask waits when a cache (an index, a cycle's pairs) is built on demand.
	 */
	private void first(Scenario scenario, User user) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<byte[]> response = send(scenario, user);
		System.out.printf(Locale.ROOT, "  %-24s first request %6d ms, status %d%n", scenario.name(),
				(System.nanoTime() - started) / 1_000_000, response.statusCode());
	}

	/**
	 * Sends a scenario's request as the person; a revalidating scenario sends the ETag of
	 * the person's previous answer, when it had one, and keeps the new one.
	 */
	private HttpResponse<byte[]> send(Scenario scenario, User user) throws IOException, InterruptedException {
		HttpRequest.Builder request = scenario.request().of(user);
		String etag = scenario.revalidate() ? user.etags().get(scenario.name()) : null;
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		HttpResponse<byte[]> response = client(scenario, user).send(request.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (scenario.revalidate()) {
			response.headers().firstValue("ETag").ifPresent((tag) -> user.etags().put(scenario.name(), tag));
		}
		return response;
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
		AtomicLong notModified = new AtomicLong();
		AtomicLong tagged = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		if (scenario.checkInsPerSecond() > 0) {
			threads.add(Thread.ofVirtual().start(() -> checkInsUntil(end, scenario.checkInsPerSecond(), users)));
		}
		for (User user : users) {
			long[][] samples = { new long[1024] };
			int[] size = { 0 };
			perUser.add(null);
			int slot = perUser.size() - 1;
			threads.add(Thread.ofVirtual().start(() -> {
				while (true) {
					long started = System.nanoTime();
					if (started >= end) {
						break;
					}
					int status;
					boolean etag = false;
					try {
						HttpResponse<byte[]> response = send(scenario, user);
						status = response.statusCode();
						etag = response.headers().firstValue("ETag").isPresent();
					}
					catch (IOException | InterruptedException ex) {
						status = -1;
					}
					long took = System.nanoTime() - started;
					if (started < warmEnd) {
						continue;
					}
					if (!scenario.accepts(status)) {
						errors.incrementAndGet();
					}
					if (status == 304) {
						notModified.incrementAndGet();
					}
					if (etag) {
						tagged.incrementAndGet();
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
		return new Result(scenario.name(), users.size(), all.length, errors.get(), notModified.get(), tagged.get(),
				all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99));
	}

	private static double percentile(long[] sorted, double share) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(share * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static void print(List<Result> floorBefore, List<Result> floorAfter, Map<Integer, Result> best,
			List<Summary> summaries, int repeat) {
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Medians over %d repeat(s); req/s÷floor against the better of the two floor runs%n%n", repeat);
		System.out.printf(Locale.ROOT, "| %-24s | %3s | %8s | %15s | %7s | %7s | %7s | %11s | %11s | %6s |%n",
				"scenario", "c", "req/s", "req/s min–max", "p50 ms", "p95 ms", "p99 ms", "p99 max ms", "req/s÷floor",
				"errors");
		System.out.println("| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |");
		floorRows(floorBefore, "before", best);
		floorRows(floorAfter, "after", best);
		for (Summary s : summaries) {
			row(s.scenario(), s.users(), s.throughput(), s.minThroughput(), s.maxThroughput(), s.p50(), s.p95(),
					s.p99(), s.maxP99(), s.floorRatio(), s.errors());
		}
		System.out.println();
		best.forEach((level, floor) -> System.out.printf(Locale.ROOT, "Floor at c=%d: %.0f/s, the run %s%n", level,
				floor.throughput(), floorBefore.stream().anyMatch((r) -> r == floor) ? "before" : "after"));
		for (Summary s : summaries) {
			if (s.revalidated()) {
				System.out.printf(Locale.ROOT,
						"%s at c=%d: %d of %d answers were 304 Not Modified, %d carried an ETag%n", s.scenario(),
						s.users(), s.notModified(), s.requests(), s.tagged());
			}
		}
	}

	private static void floorRows(List<Result> runs, String when, Map<Integer, Result> best) {
		for (Result r : runs) {
			row(r.scenario() + ", " + when, r.users(), r.throughput(), r.throughput(), r.throughput(), r.p50(), r.p95(),
					r.p99(), r.p99(), ratio(r.throughput(), best.get(r.users())), r.errors());
		}
	}

	private static void row(String name, int users, double throughput, double min, double max, double p50, double p95,
			double p99, double maxP99, double ratio, long errors) {
		System.out.printf(Locale.ROOT,
				"| %-24s | %3d | %8.0f | %15s | %7.1f | %7.1f | %7.1f | %11.1f | %11.2f | %6d |%n", name, users,
				throughput, String.format(Locale.ROOT, "%.0f–%.0f", min, max), p50, p95, p99, maxP99, ratio, errors);
	}

	private static double ratio(double throughput, Result floor) {
		return (floor != null && floor.throughput() > 0) ? throughput / floor.throughput() : Double.NaN;
	}

	/**
	 * The budgets of docs/performance.md at concurrency 8: each budgeted page's median
	 * p99 and median throughput against the floor, the check-ins per second on this
	 * database, and the start. The heap is bench/run's to judge, after the run.
	 */
	private static List<Budget> budgets(List<Summary> summaries, String label, String startup, String start) {
		List<Budget> budgets = new ArrayList<>();
		for (Summary s : summaries) {
			if (s.users() != BUDGET_LEVEL) {
				continue;
			}
			if (s.budgeted()) {
				budgets.add(new Budget(s.scenario() + ": p99 under " + (int) PAGE_P99_MS + " ms",
						String.format(Locale.ROOT, "%.1f ms (max %.1f)", s.p99(), s.maxP99()),
						holds(s.p99() < PAGE_P99_MS)));
				budgets.add(new Budget(s.scenario() + ": at least " + PAGE_FLOOR_SHARE + " of the floor",
						String.format(Locale.ROOT, "%.2f (%.0f/s)", s.floorRatio(), s.throughput()),
						Double.isNaN(s.floorRatio()) ? "no floor measured"
								: holds(s.floorRatio() >= PAGE_FLOOR_SHARE)));
			}
			if (s.scenario().equals(CHECK_IN)) {
				Integer perSecond = CHECK_INS_PER_SECOND.get(label);
				budgets.add(new Budget("check-ins: at least "
						+ ((perSecond != null) ? String.format(Locale.ROOT, "%,d", perSecond) : "?") + "/s on " + label,
						String.format(Locale.ROOT, "%,.0f/s (min %,.0f)", s.throughput(), s.minThroughput()),
						(perSecond != null) ? holds(s.throughput() >= perSecond) : "no budget for " + label));
			}
		}
		String fast = "fast".equals(start) ? holds(startup != null && Long.parseLong(startup) < STARTUP_MS)
				: "not judged: the budget is for the fast start";
		budgets.add(new Budget("start under " + STARTUP_MS / 1000 + " s (" + start + " start)",
				(startup != null) ? String.format(Locale.ROOT, "%,d ms", Long.parseLong(startup)) : "not measured",
				(startup != null) ? fast : "not measured"));
		return budgets;
	}

	private static String holds(boolean holds) {
		return holds ? "yes" : "no";
	}

	private static void printBudgets(List<Budget> budgets, String label) {
		System.out.printf(Locale.ROOT, "%n## Budgets (c=%d, %s)%n%n", BUDGET_LEVEL, label);
		System.out.println("| budget | measured | holds |");
		System.out.println("| --- | --: | --- |");
		for (Budget budget : budgets) {
			System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", budget.budget(), budget.measured(), budget.holds());
		}
		if (budgets.size() == 1) {
			System.out.printf(Locale.ROOT, "(no page or check-in measured at c=%d)%n", BUDGET_LEVEL);
		}
	}

	private static void write(Path out, String label, String startup, String start, int seconds, int warmup, int jit,
			int repeat, List<Result> floorBefore, List<Result> floorAfter, Map<Integer, Result> best,
			List<Summary> summaries, List<Budget> budgets) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("label", label);
		document.put("machine",
				Map.of("cores", Runtime.getRuntime().availableProcessors(), "os",
						System.getProperty("os.name") + " " + System.getProperty("os.version"), "java",
						System.getProperty("java.version")));
		document.put("startupMillis", (startup != null) ? Long.parseLong(startup) : null);
		document.put("start", start);
		document.put("secondsPerRun", seconds);
		document.put("warmupSecondsPerRun", warmup);
		document.put("jitWarmupSecondsPerScenario", jit);
		document.put("repeats", repeat);
		Map<String, Object> floor = new LinkedHashMap<>();
		floor.put("before", floorBefore);
		floor.put("after", floorAfter);
		Map<String, Double> bestThroughput = new LinkedHashMap<>();
		best.forEach((level, result) -> bestThroughput.put(String.valueOf(level), result.throughput()));
		floor.put("bestThroughput", bestThroughput);
		document.put("floor", floor);
		document.put("results", summaries);
		document.put("budgets", budgets);
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

	/**
	 * A signed-in person, their API token, and what they look at; the ETags of their last
	 * answers, by scenario, for the scenarios that revalidate.
	 */
	record User(int n, HttpClient session, String token, String cycle, String closedCycle, String team,
			String objective, String keyResult, String checkIn, String topObjective, String metric,
			Map<String, String> etags) {
	}

	/**
	 * A request to measure and the status that means it worked: sent in the person's
	 * session, in the admin's ({@code admin}, for pages meant for champions and admins)
	 * or with no cookies. A revalidating scenario sends the ETag of the person's previous
	 * answer and takes 304 as well as the expected status. {@code budgeted}: one of the
	 * pages the page budgets are for. {@code checkInsPerSecond}: check-ins posted in the
	 * background while it is measured (none when 0), each one a change that what the page
	 * keeps must follow.
	 */
	record Scenario(String name, RequestFor request, int expected, boolean session, boolean admin, boolean floor,
			boolean revalidate, boolean budgeted, int checkInsPerSecond) {

		static Scenario floor(String name, RequestFor request) {
			return new Scenario(name, request, 200, false, false, true, false, false, 0);
		}

		static Scenario page(String name, RequestFor request) {
			return new Scenario(name, request, 200, true, false, false, false, false, 0);
		}

		static Scenario adminPage(String name, RequestFor request) {
			return new Scenario(name, request, 200, true, true, false, false, false, 0);
		}

		static Scenario api(String name, RequestFor request) {
			return api(name, request, 200);
		}

		static Scenario api(String name, RequestFor request, int expected) {
			return new Scenario(name, request, expected, false, false, false, false, false, 0);
		}

		Scenario underBudget() {
			return new Scenario(this.name, this.request, this.expected, this.session, this.admin, this.floor,
					this.revalidate, true, this.checkInsPerSecond);
		}

		Scenario revalidating() {
			return new Scenario(this.name, this.request, this.expected, this.session, this.admin, this.floor, true,
					this.budgeted, this.checkInsPerSecond);
		}

		/** The same request while check-ins arrive at a steady rate in the background. */
		Scenario amidCheckIns(int perSecond) {
			return new Scenario(this.name, this.request, this.expected, this.session, this.admin, this.floor,
					this.revalidate, this.budgeted, perSecond);
		}

		boolean accepts(int status) {
			return status == this.expected || (this.revalidate && status == 304);
		}

	}

	@FunctionalInterface
	interface RequestFor {

		HttpRequest.Builder of(User user);

	}

	/**
	 * One measurement of one scenario at one concurrency; latencies in milliseconds.
	 * {@code notModified}: answers 304; {@code tagged}: answers with an ETag.
	 */
	record Result(String scenario, int users, long requests, long errors, long notModified, long tagged,
			double throughput, double p50, double p95, double p99) {
	}

	/**
	 * A scenario at one concurrency over its repeats: the median throughput and its
	 * spread, the median percentiles and the worst p99, the median throughput's ratio to
	 * the better floor run, and the sums of the counts.
	 */
	record Summary(String scenario, int users, double throughput, double minThroughput, double maxThroughput,
			double p50, double p95, double p99, double maxP99, double floorRatio, long requests, long errors,
			long notModified, long tagged, boolean revalidated, boolean budgeted, List<Result> repeats) {

		static Summary of(Scenario scenario, int users, List<Result> repeats, Result floor) {
			double[] throughputs = repeats.stream().mapToDouble(Result::throughput).toArray();
			double throughput = median(throughputs);
			return new Summary(scenario.name(), users, throughput, Arrays.stream(throughputs).min().orElse(0),
					Arrays.stream(throughputs).max().orElse(0),
					median(repeats.stream().mapToDouble(Result::p50).toArray()),
					median(repeats.stream().mapToDouble(Result::p95).toArray()),
					median(repeats.stream().mapToDouble(Result::p99).toArray()),
					repeats.stream().mapToDouble(Result::p99).max().orElse(Double.NaN), ratio(throughput, floor),
					repeats.stream().mapToLong(Result::requests).sum(),
					repeats.stream().mapToLong(Result::errors).sum(),
					repeats.stream().mapToLong(Result::notModified).sum(),
					repeats.stream().mapToLong(Result::tagged).sum(), scenario.revalidate(), scenario.budgeted(),
					repeats);
		}

	}

	/** A budget, what was measured against it, and whether it holds. */
	record Budget(String budget, String measured, String holds) {
	}

}
