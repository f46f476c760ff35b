package dev.lodestar.guide;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.testing.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows docs/api.md as a reader would, from its start to its end: runs its shell
 * examples (blocks fenced as {@code sh}) in order against a fresh instance (the admin the
 * guide starts with, real HTTP, each curl command turned into a request), and compares
 * each answer the guide shows right after a command with the application's (see
 * {@link GuideAnswer} for what may differ; a {@code csv} answer is compared line by line
 * and field by field). An answer shown in another section than the last command, or after
 * another answer, is an illustration. A command whose answer the guide does not show must
 * succeed ({@code 2xx}), as a reader would take it to.
 * <p>
 * What the reader keeps in files: a block fenced with a language and a file name
 * ({@code ```csv week.csv}) is that file's content (a later one of the same name replaces
 * it), which {@code --data-binary @week.csv} sends as it is and {@code -d @week.csv} (or
 * {@code --data}) without its line breaks, as curl does. {@code -o file} keeps the answer
 * in a file: nothing is shown, so it must succeed.
 * <p>
 * Addresses: {@code http://localhost:8080} and {@code https://okr.example.com} (the
 * {@code lodestar.base-url} of the guide's instance, which starts its hooks' addresses)
 * stand for this instance; {@code https://automation.example.com}, the guide's webhook
 * receiver, stands for a receiver on this machine (so private addresses are allowed here)
 * that turns away the first delivery with {@code 500} and takes the next ones with
 * {@code 204}, and the answers name it by the guide's address. Deliveries go out in the
 * background, retried after half a second here: a webhook's delivery log is read again
 * until it shows what the guide shows, for up to 30 seconds. Each delivery the receiver
 * got must be signed, as the guide says, with the secret the guide's webhook answered.
 * <p>
 * Not run: blocks fenced as {@code sh} followed by a word, such as {@code sh receiver},
 * which are run on another machine than Lodestar's (a receiver checking a signature with
 * openssl), and the Python and Java examples.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.admin.email=ada@example.com", "lodestar.admin.password=correct-horse-battery",
				"lodestar.surveys.invitations=false", "spring.mail.port=" + ApiTest.SMTP_PORT,
				"lodestar.base-url=https://okr.example.com", "lodestar.webhooks.allow-private-addresses=true",
				"lodestar.jobs.polling-interval=200ms", "lodestar.webhooks.retry-delay=500ms" })
class ApiGuideTests {

	static final String RECEIVER = "https://automation.example.com";

	/** The secret of the guide's webhook, as the guide shows it. */
	static final String WEBHOOK_SECRET = "lsw_Jx3kP0qRtV8mWz2LbN5cYd7FhA1sGe4uKi9oXjT6nQw";

	private static final Pattern DELIVERY_LOG = Pattern.compile("GET .*/api/v1/webhooks/[^/]+/deliveries(\\?.*)?");

	private static Path data;

	private static HttpServer receiver;

	private static final List<Received> received = new CopyOnWriteArrayList<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	private final Map<String, String> variables = new HashMap<>();

	private final Map<String, String> bound = new HashMap<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<String, String> files = new HashMap<>();

	/** A database in a file (so that it can be backed up), new for each run. */
	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) throws IOException {
		Files.createDirectories(Path.of("target"));
		data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "api-guide-");
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("lodestar") + ";LOCK_TIMEOUT=10000");
		registry.add("lodestar.backups.directory", () -> data.resolve("backups").toString());
	}

	@BeforeAll
	static void startReceiver() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		receiver.createContext("/", (exchange) -> {
			try (exchange) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("X-Lodestar-Event"),
						exchange.getRequestHeaders().getFirst("X-Lodestar-Signature"),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				exchange.sendResponseHeaders((requests.incrementAndGet() == 1) ? 500 : 204, -1);
			}
		});
		receiver.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void guideRunsAsWritten() throws IOException {
		List<Block> blocks = Block.read(Files.readString(Path.of("docs/api.md")));
		List<Call> unshown = new ArrayList<>();
		String section = null;
		int compared = 0;
		for (Block block : blocks) {
			if (!block.section().equals(section)) {
				unshown = settle(unshown);
				section = block.section();
			}
			if (block.file() != null) {
				this.files.put(block.file(), block.text());
			}
			else if (block.language().equals("sh")) {
				settle(unshown);
				unshown = run(block);
			}
			else if (!unshown.isEmpty() && !block.language().startsWith("sh ")) {
				Call last = unshown.remove(unshown.size() - 1);
				unshown = settle(unshown);
				if (last.output() != null) {
					this.failures.add("line " + block.line() + " shows an answer of " + last.request()
							+ ", which went into " + last.output());
				}
				compareSettled(block, last);
				compared++;
			}
		}
		settle(unshown);
		checkReceived();
		System.out.println("Answers of docs/api.md compared: " + compared);
		assertThat(compared).as("answers compared").isGreaterThan(40);
		assertThat(this.failures).as("docs/api.md differs from what the application answers").isEmpty();
	}

	/**
	 * What the guide's webhook receiver got is signed as "Checking the signature" says,
	 * with the secret the webhook was created with.
	 */
	private void checkReceived() {
		String secret = this.bound.get(WEBHOOK_SECRET);
		if (secret == null) {
			this.failures.add("the guide shows no webhook with the secret " + WEBHOOK_SECRET);
			return;
		}
		if (received.isEmpty()) {
			this.failures.add("the guide's webhook receiver got nothing");
		}
		for (Received delivery : received) {
			String expected = "sha256=" + GuideShell.hmacSha256Hex(secret, delivery.body());
			if (!expected.equals(delivery.signature()) || !"checkin.recorded".equals(delivery.event())) {
				this.failures.add("the receiver got " + delivery + ", signed " + delivery.signature() + " rather than "
						+ expected);
			}
		}
	}

	/** Calls whose answers the guide does not show must succeed; answers none left. */
	private List<Call> settle(List<Call> calls) {
		for (Call call : calls) {
			int status = call.response().statusCode();
			if (status / 100 != 2) {
				this.failures.add("line " + call.line() + " (" + call.request() + "): answered " + status + " "
						+ call.response().body() + ", and the guide shows no answer");
			}
		}
		return new ArrayList<>();
	}

	private void compareSettled(Block shown, Call call) {
		Map<String, String> bindings = new HashMap<>(this.bound);
		List<String> differences = compare(shown, call, bindings);
		if (!differences.isEmpty() && DELIVERY_LOG.matcher(call.request()).matches()) {
			AtomicReference<Map<String, String>> settled = new AtomicReference<>(bindings);
			AtomicReference<List<String>> last = new AtomicReference<>(differences);
			try {
				Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
					Map<String, String> again = new HashMap<>(this.bound);
					last.set(compare(shown, call.again(), again));
					settled.set(again);
					return last.get().isEmpty();
				});
			}
			catch (ConditionTimeoutException ex) {
				// the differences of the last reading are reported
			}
			bindings = settled.get();
			differences = last.get();
		}
		this.bound.putAll(bindings);
		this.failures.addAll(differences);
	}

	private List<Call> run(Block block) {
		List<Call> calls = new ArrayList<>();
		for (String command : GuideShell.commands(block.text())) {
			List<String> words = GuideShell.words(substitute(command), this.variables);
			String first = words.get(0).equals("export") ? words.get(1) : words.get(0);
			if (first.matches("[A-Z_]+=.*")) {
				this.variables.put(first.substring(0, first.indexOf('=')), first.substring(first.indexOf('=') + 1));
			}
			else if (first.equals("curl")) {
				calls.add(curl(block, words));
			}
			else {
				throw new AssertionError(
						"line " + block.line() + " of docs/api.md runs " + first + ", which this test cannot follow");
			}
		}
		return calls;
	}

	/**
	 * The guide's addresses, ids and tokens in a command stand for the ones of this run.
	 */
	private String substitute(String text) {
		String result = text.replace("http://localhost:8080", "http://localhost:" + this.port)
			.replace("https://okr.example.com", "http://localhost:" + this.port)
			.replace(RECEIVER, receiverAddress());
		for (var binding : this.bound.entrySet()) {
			result = result.replace(binding.getKey(), binding.getValue());
		}
		return result;
	}

	private Call curl(Block block, List<String> words) {
		String method = null;
		String body = null;
		String url = null;
		String output = null;
		Map<String, String> headers = new HashMap<>();
		for (int i = 1; i < words.size(); i++) {
			switch (words.get(i)) {
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String header = words.get(++i);
					headers.put(header.substring(0, header.indexOf(':')).trim(),
							header.substring(header.indexOf(':') + 1).trim());
				}
				case "-d", "--data" -> body = data(block, words.get(++i), true);
				case "--data-binary" -> body = data(block, words.get(++i), false);
				case "-o", "--output" -> output = words.get(++i);
				case "-u" -> headers.put("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(words.get(++i).getBytes(StandardCharsets.UTF_8)));
				case "-i" -> {
					// the guide shows the status and headers with the answer
				}
				default -> {
					if (!words.get(i).startsWith("http")) {
						throw new AssertionError("line " + block.line() + " of docs/api.md gives curl " + words.get(i)
								+ ", which this test cannot follow");
					}
					url = words.get(i);
				}
			}
		}
		if (method == null) {
			method = (body != null) ? "POST" : "GET";
		}
		if (body != null && !headers.containsKey("Content-Type")) {
			headers.put("Content-Type", "application/x-www-form-urlencoded");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		headers.forEach(request::header);
		return Call.send(block.line(), method + " " + url, request.build(), output);
	}

	/**
	 * A body as curl's {@code -d} ({@code stripped}) or {@code --data-binary} takes it:
	 * {@code @name} is a file the guide showed.
	 */
	private String data(Block block, String value, boolean stripped) {
		if (!value.startsWith("@")) {
			return value;
		}
		String file = this.files.get(value.substring(1));
		if (file == null) {
			throw new AssertionError(
					"line " + block.line() + " of docs/api.md sends " + value + ", a file the guide has not shown");
		}
		file = substitute(file);
		return stripped ? file.replace("\r", "").replace("\n", "") : file;
	}

	private String receiverAddress() {
		return "http://localhost:" + receiver.getAddress().getPort();
	}

	private List<String> compare(Block shown, Call call, Map<String, String> bindings) {
		List<String> failures = new ArrayList<>();
		GuideAnswer answer = new GuideAnswer(bindings);
		String where = "line " + shown.line() + " (" + call.request() + "): ";
		String text = shown.text().strip();
		String body = text;
		Integer status = null;
		if (text.startsWith("HTTP/1.1 ")) {
			String[] parts = text.split("\n\n", 2);
			String[] head = parts[0].split("\n");
			status = Integer.parseInt(head[0].substring(9, 12));
			for (int i = 1; i < head.length; i++) {
				String name = head[i].substring(0, head[i].indexOf(':'));
				String value = head[i].substring(head[i].indexOf(':') + 1).trim();
				String actual = call.response().headers().firstValue(name).orElse(null);
				if (actual == null || !(name.equalsIgnoreCase("Content-Type") ? actual.startsWith(value)
						: answer.sameText(value, actual))) {
					failures.add(where + "header " + name + " shows " + value + ", the answer has " + actual);
				}
			}
			body = (parts.length > 1) ? parts[1] : "";
		}
		JsonNode shownJson = parse(body);
		if (status == null) {
			status = (shownJson != null && shownJson.has("status") && shownJson.get("status").isInt())
					? shownJson.get("status").asInt() : null;
		}
		int actualStatus = call.response().statusCode();
		boolean statusHolds = (status != null) ? actualStatus == status : actualStatus / 100 == 2;
		if (!statusHolds) {
			failures.add(where + "answered " + actualStatus + " " + call.response().body());
			return failures;
		}
		String actualBody = call.response().body().replace(receiverAddress(), RECEIVER);
		if (shown.language().equals("csv")) {
			compareCsv(body, actualBody, answer).forEach((difference) -> failures.add(where + difference));
			return failures;
		}
		if (shownJson == null) {
			return failures;
		}
		JsonNode actual = parse(actualBody);
		if (actual == null) {
			failures.add(where + "the answer is no JSON: " + call.response().body());
			return failures;
		}
		answer.compare(shownJson, actual).forEach((difference) -> failures.add(where + difference));
		return failures;
	}

	/** A CSV answer, line by line and field by field (ids bind, {@code ...} is any). */
	private static List<String> compareCsv(String shown, String actual, GuideAnswer answer) {
		List<String> differences = new ArrayList<>();
		List<String> shownLines = shown.strip().lines().toList();
		List<String> actualLines = actual.strip().lines().toList();
		if (shownLines.size() != actualLines.size()) {
			differences
				.add("shows " + shownLines.size() + " lines, the answer has " + actualLines.size() + ": " + actual);
			return differences;
		}
		for (int i = 0; i < shownLines.size(); i++) {
			String[] shownFields = shownLines.get(i).split(",", -1);
			String[] actualFields = actualLines.get(i).split(",", -1);
			boolean same = shownFields.length == actualFields.length;
			for (int j = 0; same && j < shownFields.length; j++) {
				same = answer.sameText(shownFields[j], actualFields[j]);
			}
			if (!same) {
				differences
					.add("line " + (i + 1) + " shows " + shownLines.get(i) + ", the answer has " + actualLines.get(i));
			}
		}
		return differences;
	}

	private static JsonNode parse(String text) {
		if (text.isBlank() || !(text.startsWith("{") || text.startsWith("["))) {
			return null;
		}
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** A request the guide's webhook receiver got. */
	record Received(String event, String signature, String body) {
	}

	/** A request made, and its answer ({@code output} names the file it went into). */
	record Call(int line, String request, HttpRequest sent, HttpResponse<String> response, String output) {

		static Call send(int line, String request, HttpRequest sent, String output) {
			try {
				return new Call(line, request, sent, HTTP.send(sent, BodyHandlers.ofString()), output);
			}
			catch (IOException ex) {
				throw new IllegalStateException("line " + line + ": " + request + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** The same request again, now. */
		Call again() {
			return send(this.line, this.request, this.sent, this.output);
		}

	}

	/**
	 * A fenced block of the guide: its language ({@code sh}, {@code json}, {@code csv} or
	 * none, with anything after it) and, for a file the reader keeps, the file's name.
	 */
	record Block(int line, String section, String language, String file, String text) {

		static List<Block> read(String markdown) {
			List<Block> blocks = new ArrayList<>();
			String[] lines = markdown.split("\n");
			String section = "";
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].startsWith("#")) {
					section = lines[i];
				}
				if (lines[i].startsWith("```")) {
					int start = i;
					StringBuilder text = new StringBuilder();
					while (!lines[++i].startsWith("```")) {
						text.append(lines[i]).append('\n');
					}
					String info = lines[start].substring(3).trim();
					String file = (info.matches("(csv|json|txt) \\S+")) ? info.substring(info.indexOf(' ') + 1) : null;
					blocks.add(new Block(start + 1, section, info, file, text.toString()));
				}
			}
			return blocks;
		}

	}

}
