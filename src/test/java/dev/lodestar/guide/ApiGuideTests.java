package dev.lodestar.guide;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows docs/api.md as a reader would: runs its shell examples in order against a fresh
 * instance (the admin the guide starts with, real HTTP, each curl command turned into a
 * request), and compares each answer the guide shows right after a command with the
 * application's (see {@link GuideAnswer} for what may differ); an answer shown in another
 * section than the last command, or after another answer, is an illustration. The guide
 * is followed from its start to the section named {@link #LAST_SECTION}, which is not
 * run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-guide;DB_CLOSE_DELAY=-1",
				"lodestar.admin.email=ada@example.com", "lodestar.admin.password=correct-horse-battery",
				"lodestar.surveys.invitations=false", "spring.mail.port=3025" })
class ApiGuideTests {

	static final String LAST_SECTION = "## The biggest gaps";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	private final Map<String, String> variables = new HashMap<>();

	private final Map<String, String> bound = new HashMap<>();

	private final List<String> failures = new ArrayList<>();

	@Test
	void guideRunsAsWritten() throws IOException {
		List<Block> blocks = Block.read(Files.readString(Path.of("docs/api.md")), LAST_SECTION);
		Call last = null;
		String section = null;
		int compared = 0;
		for (Block block : blocks) {
			if (!block.section().equals(section)) {
				last = null;
				section = block.section();
			}
			if (block.language().equals("sh")) {
				last = run(block);
			}
			else if (last != null) {
				compare(block, last);
				compared++;
				last = null;
			}
		}
		assertThat(compared).as("answers compared").isGreaterThan(10);
		assertThat(this.failures).as("docs/api.md differs from what the application answers").isEmpty();
	}

	private Call run(Block block) {
		Call last = null;
		for (String command : GuideShell.commands(block.text())) {
			List<String> words = GuideShell.words(substitute(command), this.variables);
			String first = words.get(0).equals("export") ? words.get(1) : words.get(0);
			if (first.matches("[A-Z_]+=.*")) {
				this.variables.put(first.substring(0, first.indexOf('=')), first.substring(first.indexOf('=') + 1));
			}
			else if (first.equals("curl")) {
				last = curl(block, words);
			}
			else {
				throw new AssertionError(
						"line " + block.line() + " of docs/api.md runs " + first + ", which this test cannot follow");
			}
		}
		return last;
	}

	/** The guide's ids and tokens in a command stand for the ones of this run. */
	private String substitute(String text) {
		String result = text.replace("http://localhost:8080", "http://localhost:" + this.port);
		for (var binding : this.bound.entrySet()) {
			result = result.replace(binding.getKey(), binding.getValue());
		}
		return result;
	}

	private Call curl(Block block, List<String> words) {
		String method = null;
		String body = null;
		String url = null;
		Map<String, String> headers = new HashMap<>();
		boolean verbose = false;
		for (int i = 1; i < words.size(); i++) {
			switch (words.get(i)) {
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String header = words.get(++i);
					headers.put(header.substring(0, header.indexOf(':')).trim(),
							header.substring(header.indexOf(':') + 1).trim());
				}
				case "-d" -> body = words.get(++i);
				case "-u" -> headers.put("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(words.get(++i).getBytes(StandardCharsets.UTF_8)));
				case "-i" -> verbose = true;
				default -> url = words.get(i);
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
		try {
			HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
			return new Call(block.line(), method + " " + url, response, verbose);
		}
		catch (IOException ex) {
			throw new IllegalStateException("line " + block.line() + ": " + method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void compare(Block shown, Call call) {
		GuideAnswer answer = new GuideAnswer(this.bound);
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
					this.failures.add(where + "header " + name + " shows " + value + ", the answer has " + actual);
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
			this.failures.add(where + "answered " + actualStatus + " " + call.response().body());
			return;
		}
		if (shownJson == null) {
			return;
		}
		JsonNode actual = parse(call.response().body());
		if (actual == null) {
			this.failures.add(where + "the answer is no JSON: " + call.response().body());
			return;
		}
		answer.compare(shownJson, actual).forEach((difference) -> this.failures.add(where + difference));
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

	record Call(int line, String request, HttpResponse<String> response, boolean verbose) {
	}

	/** A fenced block of the guide: its language ({@code sh}, {@code json} or none). */
	record Block(int line, String section, String language, String text) {

		static List<Block> read(String markdown, String lastSection) {
			List<Block> blocks = new ArrayList<>();
			String[] lines = markdown.split("\n");
			String section = "";
			for (int i = 0; i < lines.length && !lines[i].equals(lastSection); i++) {
				if (lines[i].startsWith("#")) {
					section = lines[i];
				}
				if (lines[i].startsWith("```")) {
					int start = i;
					StringBuilder text = new StringBuilder();
					while (!lines[++i].startsWith("```")) {
						text.append(lines[i]).append('\n');
					}
					blocks.add(new Block(start + 1, section, lines[start].substring(3).trim(), text.toString()));
				}
			}
			return blocks;
		}

	}

}
