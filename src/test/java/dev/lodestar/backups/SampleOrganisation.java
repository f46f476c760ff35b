package dev.lodestar.backups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import dev.lodestar.testing.Api;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small organisation made over the API to back up and restore: a team, a cycle in
 * execute with objectives, key results and check-ins, and a comment. Its snapshot is what
 * a restored instance must show again.
 */
record SampleOrganisation(String cycleId, List<String> keyResultIds, String checkInId) {

	static SampleOrganisation make(Api admin) {
		String team = created(admin.post("/api/v1/teams", Map.of("name", "Backed up " + UUID.randomUUID())));
		String cycle = created(
				admin.post("/api/v1/cycles", Map.of("name", "Backed up " + UUID.randomUUID(), "startDate",
						LocalDate.now().minusDays(30).toString(), "endDate", LocalDate.now().plusDays(60).toString())));
		for (String phase : List.of("set", "execute")) {
			Reply moved = admin.post("/api/v1/cycles/" + cycle + "/phase", Map.of("phase", phase));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		}
		String owner = admin.get("/api/v1/people/me").field("id");
		List<String> keyResults = new ArrayList<>();
		for (int objective = 0; objective < 3; objective++) {
			String id = created(admin.post("/api/v1/objectives",
					Map.of("cycleId", cycle, "teamId", team, "title", "Kept in the backup " + objective)));
			keyResults.add(created(
					admin.post("/api/v1/objectives/" + id + "/key-results", Map.of("title", "Restored " + objective,
							"ownerId", owner, "type", "metric", "startValue", 0, "targetValue", 100))));
		}
		String checkIn = null;
		for (int n = 0; n < 9; n++) {
			checkIn = created(admin.post("/api/v1/key-results/" + keyResults.get(n % 3) + "/check-ins",
					Map.of("value", 10 * n, "confidence", 1 + n, "note", "Check-in " + n)));
		}
		created(admin.post("/api/v1/check-ins/" + checkIn + "/comments", Map.of("body", "Kept too")));
		return new SampleOrganisation(cycle, keyResults, checkIn);
	}

	/**
	 * The ids of the cycle's objectives, of its key results' check-ins and of the
	 * comments.
	 */
	Snapshot snapshot(Api admin) {
		return new Snapshot(ids(admin, "/api/v1/objectives?limit=500&cycleId=" + this.cycleId), this.keyResultIds
			.stream()
			.flatMap((keyResult) -> ids(admin, "/api/v1/key-results/" + keyResult + "/check-ins?limit=500").stream())
			.collect(TreeSet::new, TreeSet::add, TreeSet::addAll),
				ids(admin, "/api/v1/check-ins/" + this.checkInId + "/comments"));
	}

	private static TreeSet<String> ids(Api admin, String path) {
		Reply reply = admin.get(path);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		TreeSet<String> ids = new TreeSet<>();
		reply.json().get("items").forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static String created(Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.field("id");
	}

	/** What the organisation holds, by ids. */
	record Snapshot(TreeSet<String> objectives, TreeSet<String> checkIns, TreeSet<String> comments) {

		@Override
		public String toString() {
			return this.objectives.size() + " objectives, " + this.checkIns.size() + " check-ins, "
					+ this.comments.size() + " comments";
		}

	}

}
