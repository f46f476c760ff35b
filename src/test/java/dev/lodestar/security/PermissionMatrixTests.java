package dev.lodestar.security;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what through the API: admin, champion, the lead of a team, a member who owns
 * a key result of that team, a viewer, and somebody anonymous. Every case runs against
 * fresh objectives and key results.
 */
class PermissionMatrixTests extends ApiTest {

	private static Map<String, Api> clients;

	private static Map<String, String> people;

	private String team;

	private String cycle;

	private String objective;

	private String keyResult;

	@BeforeEach
	void world() {
		if (clients == null) {
			clients = new HashMap<>();
			people = new HashMap<>();
			for (String role : new String[] { "champion", "lead", "member", "viewer" }) {
				Person person = person(role.equals("lead") ? "member" : role);
				clients.put(role, person.api());
				people.put(role, person.id());
			}
			people.put("someone else", person("member").id());
		}
		clients.put("admin", this.admin);
		clients.put("anonymous", this.anonymous);
		this.team = team("Team " + UUID.randomUUID());
		this.admin.put("/api/v1/teams/" + this.team + "/members/" + people.get("lead"), Map.of("lead", true));
		this.admin.put("/api/v1/teams/" + this.team + "/members/" + people.get("member"), Map.of("lead", false));
		this.cycle = cycle("execute");
		this.objective = objective(this.cycle, this.team);
		this.keyResult = keyResult(this.objective, people.get("member"));
	}

	@ParameterizedTest(name = "{0} as {1} answers {2}")
	@CsvSource({ "read objectives, admin, 200", "read objectives, champion, 200", "read objectives, lead, 200",
			"read objectives, member, 200", "read objectives, viewer, 200", "read objectives, anonymous, 401",
			"add a person, admin, 201", "add a person, champion, 403", "add a person, lead, 403",
			"add a person, member, 403", "add a person, viewer, 403", "add a person, anonymous, 401",
			"change another person, admin, 200", "change another person, champion, 403",
			"change another person, lead, 403", "change another person, member, 403",
			"change another person, viewer, 403", "change another person, anonymous, 401", "create a team, admin, 201",
			"create a team, champion, 201", "create a team, lead, 403", "create a team, member, 403",
			"create a team, viewer, 403", "create a team, anonymous, 401", "add a team member, admin, 200",
			"add a team member, champion, 200", "add a team member, lead, 403", "add a team member, member, 403",
			"add a team member, viewer, 403", "add a team member, anonymous, 401", "create a cycle, admin, 201",
			"create a cycle, champion, 201", "create a cycle, lead, 403", "create a cycle, member, 403",
			"create a cycle, viewer, 403", "create a cycle, anonymous, 401", "advance a cycle, admin, 200",
			"advance a cycle, champion, 200", "advance a cycle, lead, 403", "advance a cycle, member, 403",
			"advance a cycle, viewer, 403", "advance a cycle, anonymous, 401", "set a company objective, admin, 201",
			"set a company objective, champion, 201", "set a company objective, lead, 403",
			"set a company objective, member, 403", "set a company objective, viewer, 403",
			"set a company objective, anonymous, 401", "set a team objective, admin, 201",
			"set a team objective, champion, 201", "set a team objective, lead, 201",
			"set a team objective, member, 403", "set a team objective, viewer, 403",
			"set a team objective, anonymous, 401", "change the objective, admin, 200",
			"change the objective, champion, 200", "change the objective, lead, 200",
			"change the objective, member, 403", "change the objective, viewer, 403",
			"change the objective, anonymous, 401", "add a key result, admin, 201", "add a key result, champion, 201",
			"add a key result, lead, 201", "add a key result, member, 403", "add a key result, viewer, 403",
			"add a key result, anonymous, 401", "change the member's key result, admin, 200",
			"change the member's key result, champion, 200", "change the member's key result, lead, 200",
			"change the member's key result, member, 200", "change the member's key result, viewer, 403",
			"change the member's key result, anonymous, 401", "check in the member's key result, admin, 201",
			"check in the member's key result, champion, 201", "check in the member's key result, lead, 201",
			"check in the member's key result, member, 201", "check in the member's key result, viewer, 403",
			"check in the member's key result, anonymous, 401", "remove the key result, admin, 204",
			"remove the key result, champion, 204", "remove the key result, lead, 204",
			"remove the key result, member, 403", "remove the key result, viewer, 403",
			"remove the key result, anonymous, 401", "remove the objective, admin, 204",
			"remove the objective, champion, 204", "remove the objective, lead, 204",
			"remove the objective, member, 403", "remove the objective, viewer, 403",
			"remove the objective, anonymous, 401", "set a team objective with a blank title, member, 403",
			"set a team objective with a blank title, viewer, 403",
			"set a team objective with a blank title, lead, 400" })
	void roleMayOrMayNot(String action, String role, int expected) {
		Reply reply = actions().get(action).apply(clients.get(role), role);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(reply.contentType()).startsWith("application/problem+json");
		}
	}

	private Map<String, BiFunction<Api, String, Reply>> actions() {
		String unique = UUID.randomUUID().toString();
		return Map.ofEntries(Map.entry("read objectives", (api, role) -> api.get("/api/v1/objectives")),
				Map.entry("add a person",
						(api, role) -> api.post("/api/v1/people",
								Map.of("name", "New", "email", unique + "@lodestar.test", "role", "member"))),
				Map.entry("change another person",
						(api, role) -> api.patch("/api/v1/people/" + people.get("someone else"),
								Map.of("name", "Renamed"))),
				Map.entry("create a team", (api, role) -> api.post("/api/v1/teams", Map.of("name", unique))),
				Map.entry("add a team member",
						(api, role) -> api.put("/api/v1/teams/" + this.team + "/members/" + people.get("viewer"),
								Map.of("lead", false))),
				Map.entry("create a cycle",
						(api, role) -> api.post("/api/v1/cycles",
								Map.of("name", unique, "startDate", "2027-01-01", "endDate", "2027-03-31"))),
				Map.entry("advance a cycle",
						(api, role) -> api.post("/api/v1/cycles/" + this.cycle + "/phase", Map.of("phase", "reflect"))),
				Map.entry("set a company objective",
						(api, role) -> api.post("/api/v1/objectives", Map.of("cycleId", this.cycle, "title", unique))),
				Map.entry("set a team objective",
						(api, role) -> api.post("/api/v1/objectives",
								Map.of("cycleId", this.cycle, "teamId", this.team, "title", unique))),
				Map.entry("set a team objective with a blank title",
						(api, role) -> api.post("/api/v1/objectives",
								Map.of("cycleId", this.cycle, "teamId", this.team, "title", " "))),
				Map.entry("change the objective",
						(api, role) -> api.patch("/api/v1/objectives/" + this.objective, Map.of("title", unique))),
				Map.entry("add a key result",
						(api, role) -> api.post("/api/v1/objectives/" + this.objective + "/key-results",
								Map.of("title", unique, "ownerId", people.get("member"), "type", "percentage"))),
				Map.entry("change the member's key result",
						(api, role) -> api.patch("/api/v1/key-results/" + this.keyResult, Map.of("title", unique))),
				Map.entry("check in the member's key result",
						(api, role) -> api.post("/api/v1/key-results/" + this.keyResult + "/check-ins",
								Map.of("value", 20, "confidence", 7))),
				Map.entry("remove the key result", (api, role) -> api.delete("/api/v1/key-results/" + this.keyResult)),
				Map.entry("remove the objective", (api, role) -> api.delete("/api/v1/objectives/" + this.objective)));
	}

}
