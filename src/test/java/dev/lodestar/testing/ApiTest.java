package dev.lodestar.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the API tests: the whole application on a random port with an in-memory
 * database and a first admin, called over real HTTP. Every test makes its own people,
 * teams and cycles, so tests do not depend on one another. Mail goes to
 * {@link #SMTP_PORT}, and background jobs are looked for five times a second.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.mail.retry-delay=500ms",
				"lodestar.jobs.polling-interval=200ms", "lodestar.surveys.invitations=false",
				// every test calls from localhost: only the throttle tests may meet the
				// limit per client
				"lodestar.sign-in.max-failures-per-client=1000000",
				// a session's last access is written once an hour, so that a slow test's
				// statement counts do not meet the write that is due once a minute
				"lodestar.sessions.last-access-granularity=1h" })
@Import(QueryCounter.Counting.class)
public abstract class ApiTest {

	public static final String ADMIN_EMAIL = "admin@lodestar.test";

	public static final String ADMIN_PASSWORD = "admin-password-1";

	public static final String PASSWORD = "member-password-1";

	/**
	 * Where the application sends mail in tests; a GreenMail server listens there when a
	 * test needs it.
	 */
	public static final int SMTP_PORT = 3025;

	private static final Map<Integer, String> adminTokens = new HashMap<>();

	@LocalServerPort
	protected int port;

	/** Counts the SQL statements the application runs. */
	@Autowired
	protected QueryCounter queries;

	/** Anonymous. */
	protected Api anonymous;

	/** The first admin, with a token; {@code null} where a test starts with nobody. */
	protected Api admin;

	@Value("${lodestar.admin.email:}")
	private String firstAdminEmail;

	@BeforeEach
	void connect() {
		this.anonymous = new Api(this.port);
		if (this.firstAdminEmail.isBlank()) {
			return;
		}
		String token = adminTokens.computeIfAbsent(this.port, (port) -> token(ADMIN_EMAIL, ADMIN_PASSWORD));
		this.admin = this.anonymous.withToken(token);
	}

	protected String token(String email, String password) {
		Reply reply = this.anonymous.withBasic(email, password).post("/api/v1/tokens", Map.of("name", "tests"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.field("token");
	}

	/** A new person with a role, signed in with a token of their own. */
	protected Person person(String role) {
		String email = role + "-" + UUID.randomUUID() + "@lodestar.test";
		Reply created = this.admin.post("/api/v1/people",
				Map.of("name", "A " + role, "email", email, "role", role, "password", PASSWORD));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Person(created.field("id"), email, this.anonymous.withToken(token(email, PASSWORD)));
	}

	protected String team(String name) {
		return created(this.admin.post("/api/v1/teams", Map.of("name", name)));
	}

	protected void join(String teamId, Person person, boolean lead) {
		Reply reply = this.admin.put("/api/v1/teams/" + teamId + "/members/" + person.id(), Map.of("lead", lead));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	/** A cycle that runs around today, moved on to a phase. */
	protected String cycle(String phase) {
		String id = created(this.admin.post("/api/v1/cycles", Map.of("name", "Cycle " + UUID.randomUUID(), "startDate",
				LocalDate.now().minusDays(30).toString(), "endDate", LocalDate.now().plusDays(60).toString())));
		List<String> phases = List.of("prepare", "set", "execute", "reflect", "closed");
		for (String next : phases.subList(1, phases.indexOf(phase) + 1)) {
			Reply moved = this.admin.post("/api/v1/cycles/" + id + "/phase", Map.of("phase", next));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
		return id;
	}

	protected String objective(String cycleId, String teamId) {
		Map<String, Object> body = new HashMap<>(Map.of("cycleId", cycleId, "title", "Delight our customers"));
		if (teamId != null) {
			body.put("teamId", teamId);
		}
		return created(this.admin.post("/api/v1/objectives", body));
	}

	protected String keyResult(String objectiveId, String ownerId) {
		return keyResult(objectiveId, ownerId, "Weekly active teams");
	}

	/** A metric key result from 10 to 50 with the given title. */
	protected String keyResult(String objectiveId, String ownerId, String title) {
		return created(this.admin.post("/api/v1/objectives/" + objectiveId + "/key-results",
				Map.of("title", title, "ownerId", ownerId, "type", "metric", "startValue", 10, "targetValue", 50)));
	}

	protected static String created(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.field("id");
	}

	/** A person of the organisation and their API client. */
	public record Person(String id, String email, Api api) {
	}

}
