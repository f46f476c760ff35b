package dev.lodestar;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The training run of the JVM's ahead-of-time cache (docs/operations.md, "Start fast"):
 * with {@code lodestar.training-run=true} Lodestar starts as usual, but on a throwaway
 * in-memory database ({@link TrainingRunEnvironment}), asks itself for the pages people
 * open first after a restart (the sign-in page, signing in, My week, the health check)
 * and stops. Started with {@code -XX:AOTCacheOutput=lodestar.aot}, the JVM then writes
 * the classes and profiles of that run into the cache, and the next start with
 * {@code -XX:AOTCache=lodestar.aot} begins where the training run left off. Without the
 * switch it does nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TrainingRun implements ApplicationRunner {

	static final String SWITCH = "lodestar.training-run";

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final boolean enabled;

	TrainingRun(ConfigurableApplicationContext context, @Value("${" + SWITCH + ":false}") boolean enabled) {
		this.context = context;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!this.enabled) {
			return;
		}
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		List<String> answers = new ArrayList<>();
		try {
			exercise("http://localhost:" + port, answers);
		}
		catch (IOException ex) {
			answers.add("stopped by " + ex);
		}
		log.info("Training run done ({}); stopping", String.join(", ", answers));
		System.exit(SpringApplication.exit(this.context));
	}

	private static void exercise(String base, List<String> answers) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> signIn = get(http, base + "/sign-in");
		answers.add("GET /sign-in " + signIn.statusCode());
		answers.add("GET /api/v1/health " + get(http, base + "/api/v1/health").statusCode());
		Matcher csrf = CSRF.matcher(signIn.body());
		if (!csrf.find()) {
			return;
		}
		String form = "username=" + encode(TrainingRunEnvironment.EMAIL) + "&password="
				+ encode(TrainingRunEnvironment.PASSWORD) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		answers.add("POST /sign-in " + signedIn.statusCode());
		answers.add("GET / " + get(http, base + "/").statusCode());
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
