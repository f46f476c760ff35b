package dev.lodestar.objectives;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing an objective from its edit form, with and without htmx: the teams found by
 * name, the owners replaced as the API replaces them, what is refused shown beside its
 * field with everything typed kept and nothing saved, and only the leads of an owning
 * team (or champions and admins) allowed.
 */
class SharingFormTests extends ApiTest {

	@Test
	void aLeadSharesAnObjectiveAndEveryOwnerShowsIt() {
		String cycle = cycle("set");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String sales = team("Sales " + suffix);
		String support = team("Support " + suffix);
		Person salesLead = lead(sales);
		Person supportLead = lead(support);
		String id = objective(cycle, sales);
		String salesPage = "/teams/" + sales + "?cycle=" + cycle;
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, salesLead.email(), PASSWORD);

		HttpResponse<String> found = browser.post(salesPage, "/objectives/" + id + "/edit", false, "title",
				"Delight our customers", "kind", "aspirational", "version", "0", "sharing", "1", "teamQuery",
				"SUPPORT " + suffix, "findTeam", "1");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("Share with Support " + suffix).doesNotContain("Share with Sales " + suffix);
		HttpResponse<String> typed = browser.htmx(salesPage,
				"/objectives/" + id + "/teams?prefix=objective-" + id + "&teamQuery=support+" + suffix);
		assertThat(typed.body()).contains("value=\"" + support + "\"").contains("Share with Support " + suffix);

		HttpResponse<String> saved = browser.post(salesPage, "/objectives/" + id + "/edit", false, "title",
				"Delight our customers", "kind", "aspirational", "version", "0", "sharing", "1", "owner", support);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/teams/" + sales);
		Reply objective = this.admin.get("/api/v1/objectives/" + id);
		assertThat(objective.json().get("teamIds").toString()).contains(sales).contains(support);

		assertThat(browser.get(salesPage).body()).contains("Shared with <a href=\"/teams/" + support + "\"");
		SignedInBrowser other = SignedInBrowser.signIn(this.port, supportLead.email(), PASSWORD);
		String supportPage = "/teams/" + support + "?cycle=" + cycle;
		assertThat(other.get(supportPage).body()).contains("Shared with <a href=\"/teams/" + sales + "\"")
			.contains("/objectives/" + id + "/edit?team=" + support);
		assertThat(other.get("/objectives/" + id).body()).contains("Owned together by");
		assertThat(other.get("/company?cycle=" + cycle).body()).contains("class=\"tag shared\"");
		HttpResponse<String> form = other.htmx(supportPage, "/objectives/" + id + "/edit");
		assertThat(form.body()).contains("team=" + support + "&amp;except=" + id)
			.contains("other teams that own it with Sales " + suffix)
			.contains("name=\"owner\" value=\"" + support + "\"");
		HttpResponse<String> card = other.post(supportPage, "/objectives/" + id + "/edit", true, "title",
				"Delight our customers together", "kind", "aspirational", "version", "1", "sharing", "1", "owner",
				support);
		assertThat(card.statusCode()).as(card.body()).isEqualTo(200);
		assertThat(card.body()).contains("Delight our customers together")
			.contains("Shared with <a href=\"/teams/" + sales + "\"");

		String company = created(
				this.admin.post("/api/v1/objectives", java.util.Map.of("cycleId", cycle, "title", "Grow revenue")));
		String rollup = created(this.admin.post("/api/v1/objectives/" + company + "/key-results",
				java.util.Map.of("title", "Revenue work", "ownerId", salesLead.id(), "type", "rollup")));
		Reply linked = this.admin.patch("/api/v1/objectives/" + id,
				java.util.Map.of("contributesTo", List.of(java.util.Map.of("keyResultId", rollup, "weight", 2))));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
		String owners = "Sales " + suffix + " and Support " + suffix;
		assertThat(other.get("/key-results/" + rollup).body()).contains(owners).contains("shared, counted once");
		assertThat(other.get("/objectives/" + company).body()).contains(owners).contains("shared, counted once");
	}

	@Test
	void anOwnerThatIsNotATeamIsShownBesideItsFieldAndNothingIsSaved() {
		String cycle = cycle("set");
		String sales = team("Sales " + UUID.randomUUID());
		Person salesLead = lead(sales);
		String id = objective(cycle, sales);
		String page = "/teams/" + sales + "?cycle=" + cycle;
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, salesLead.email(), PASSWORD);
		for (String owner : List.of(UUID.randomUUID().toString(), "not-a-team")) {
			HttpResponse<String> refused = browser.post(page, "/objectives/" + id + "/edit", true, "title",
					"A title typed but not saved", "kind", "aspirational", "version", "0", "sharing", "1", "owner",
					owner);
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains("value=\"A title typed but not saved\"")
				.contains("value=\"" + owner + "\"")
				.contains("id=\"objective-" + id + "-owner-0-error\"")
				.contains(owner.equals("not-a-team") ? "is not a team" : "is not a known team");
		}
		Reply unchanged = this.admin.get("/api/v1/objectives/" + id);
		assertThat(unchanged.field("title")).isEqualTo("Delight our customers");
		assertThat(unchanged.json().get("teamIds").size()).isEqualTo(1);
	}

	@Test
	void aLeadCannotLeaveOutEveryTeamTheyLead() {
		String cycle = cycle("set");
		String sales = team("Sales " + UUID.randomUUID());
		String support = team("Support " + UUID.randomUUID());
		Person supportLead = lead(support);
		String id = created(this.admin.post("/api/v1/objectives",
				java.util.Map.of("cycleId", cycle, "teamIds", List.of(sales, support), "title", "Together")));
		String page = "/teams/" + support + "?cycle=" + cycle;
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, supportLead.email(), PASSWORD);
		HttpResponse<String> refused = browser.post(page, "/objectives/" + id + "/edit", true, "title", "Together",
				"kind", "aspirational", "version", "0", "sharing", "1");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("must keep a team you lead");
		assertThat(this.admin.get("/api/v1/objectives/" + id).json().get("teamIds").size()).isEqualTo(2);
	}

	@Test
	void someoneWhoLeadsNoOwningTeamCannotShareIt() {
		String cycle = cycle("set");
		String sales = team("Sales " + UUID.randomUUID());
		String other = team("Other " + UUID.randomUUID());
		Person otherLead = lead(other);
		String id = objective(cycle, sales);
		String page = "/teams/" + other + "?cycle=" + cycle;
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, otherLead.email(), PASSWORD);
		assertThat(browser.get("/objectives/" + id + "/edit").statusCode()).isEqualTo(403);
		assertThat(browser.htmx(page, "/objectives/" + id + "/teams?teamQuery=other").statusCode()).isEqualTo(403);
		HttpResponse<String> refused = browser.post(page, "/objectives/" + id + "/edit", false, "title", "Taken over",
				"kind", "aspirational", "version", "0", "sharing", "1", "owner", other);
		assertThat(refused.statusCode()).isEqualTo(403);
		Reply unchanged = this.admin.get("/api/v1/objectives/" + id);
		assertThat(unchanged.field("title")).isEqualTo("Delight our customers");
		assertThat(unchanged.json().get("teamIds").size()).isEqualTo(1);
	}

	private Person lead(String team) {
		Person lead = person("member");
		join(team, lead, true);
		return lead;
	}

}
