package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lodestar.testing.Api;

/**
 * The pages of the web app on the demo organisation, as a team lead and as an admin see
 * them: every kind of page once, and the pages that come once per metric or per cycle for
 * each of them ({@link #everyPage}) or for one ({@link #eachKindOnce}).
 *
 * @param leadEmail a lead of the team the pages show
 * @param leadPages what the lead opens
 * @param adminPages what only an admin or a champion opens
 */
record DemoTour(String leadEmail, List<String> leadPages, List<String> adminPages) {

	static final String ADMIN = "admin@northwind.example";

	/** Every page, each metric's and each cycle's included. */
	static DemoTour everyPage(int port) {
		return walk(port, false);
	}

	/**
	 * Every kind of page once: one metric, the latest closed cycle's reset, the current
	 * cycle's.
	 */
	static DemoTour eachKindOnce(int port) {
		return walk(port, true);
	}

	private static DemoTour walk(int port, boolean once) {
		Api admin = new Api(port);
		admin = admin.withToken(admin.withBasic(ADMIN, DemoData.PASSWORD)
			.post("/api/v1/tokens", Map.of("name", "tour"))
			.field("token"));
		var objective = admin.get("/api/v1/objectives?limit=1&offset=10").json().get("items").get(0);
		String team = objective.get("teamId").asString();
		String keyResult = objective.get("keyResults").get(0).get("id").asString();
		String lead = admin.get("/api/v1/teams/" + team).json().get("leadIds").get(0).asString();
		String leadEmail = admin.get("/api/v1/people/" + lead).field("email");

		List<String> pages = new ArrayList<>(List.of("/", "/teams/" + team, "/company",
				"/objectives/" + objective.get("id").asString(), "/key-results/" + keyResult, "/cycles", "/profile",
				"/profile/tokens", "/gaps", "/teams/" + team + "/monday", "/teams/" + team + "/friday",
				"/teams/" + team + "/activity", "/activity", "/notifications", "/check-ins/import",
				"/profile/reminders", "/alignment", "/alignment?team=" + team, "/teams/" + team + "/dependencies",
				"/metrics", "/templates", "/training", "/reviews"));
		for (var metric : admin.get("/api/v1/metrics").json().get("items")) {
			pages.add("/metrics/" + metric.get("id").asString());
			if (once) {
				break;
			}
		}
		List<String> closed = new ArrayList<>();
		String current = null;
		for (var cycle : admin.get("/api/v1/cycles").json().get("items")) {
			String id = cycle.get("id").asString();
			if (cycle.get("phase").asString().equals("closed")) {
				closed.add(id);
			}
			else {
				current = id;
			}
			if (!once) {
				pages.add("/cycles/" + id + "/dependencies");
				pages.add("/cycles/" + id + "/overlaps");
			}
		}
		for (String cycle : once ? closed.subList(closed.size() - 1, closed.size()) : closed) {
			pages.add("/cycles/" + cycle + "/reset");
			pages.add("/cycles/" + cycle + "/reset?team=" + team);
			pages.add("/cycles/" + cycle + "/report");
			pages.add("/teams/" + team + "/retrospectives/" + cycle);
		}
		if (once && current != null) {
			pages.add("/cycles/" + current + "/dependencies");
			pages.add("/cycles/" + current + "/overlaps");
			pages.add("/cycles/" + current + "/report");
		}
		return new DemoTour(leadEmail, pages, List.of("/admin/teams", "/admin/people", "/admin/settings",
				"/admin/webhooks", "/admin/backups", "/admin/invitations", "/program"));
	}

}
