package dev.lodestar.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review before publishing over the API: the setting, the whole workflow (submit, request
 * changes, resubmit, approve), who may take each step, every bad input (each refused step
 * changes nothing), the notifications of the people who must act, and that everything
 * works as before while review is off. Review is switched off again after each test, as
 * the other API tests share the database.
 */
class ReviewApiTests extends ApiTest {

	private Person parentLead;

	private Person lead;

	private Person member;

	private String parent;

	private String team;

	private String cycle;

	private String objective;

	@BeforeEach
	void aTeamBelowAnotherWithLeadsAndADraft() {
		this.parentLead = person("member");
		this.lead = person("member");
		this.member = person("member");
		this.parent = team("Product " + UUID.randomUUID());
		this.team = created(this.admin.post("/api/v1/teams",
				Map.of("name", "Checkout " + UUID.randomUUID(), "parentId", this.parent)));
		join(this.parent, this.parentLead, true);
		join(this.team, this.lead, true);
		join(this.team, this.member, false);
		this.cycle = cycle("set");
		this.objective = objective(this.cycle, this.team);
		review("required");
	}

	@AfterEach
	void reviewOff() {
		review("off");
	}

	@Test
	void theSettingIsReadByEveryoneAndChangedByAdmins() {
		assertThat(this.member.api().get("/api/v1/settings").field("objectiveReview")).isEqualTo("required");
		Reply refused = this.member.api().patch("/api/v1/settings", Map.of("objectiveReview", "off"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		Reply bad = this.admin.patch("/api/v1/settings", Map.of("objectiveReview", "sometimes"));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("objectiveReview");
		assertThat(this.admin.get("/api/v1/settings").field("objectiveReview")).isEqualTo("required");
		review("off");
		assertThat(this.admin.get("/api/v1/settings").field("objectiveReview")).isEqualTo("off");
	}

	@Test
	void aDraftIsSubmittedSentBackFixedResubmittedAndApproved() {
		long before = notifications(this.parentLead);
		Reply submitted = step(this.lead, "submit", null);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.field("status")).isEqualTo("in-review");
		assertThat(status()).isEqualTo("in-review");
		assertThat(notifications(this.parentLead)).isEqualTo(before + 1);
		JsonNode told = latestNotification(this.parentLead);
		assertThat(told.get("kind").asString()).isEqualTo("review");
		assertThat(told.get("link").asString()).isEqualTo("/objectives/" + this.objective);

		long leadBefore = notifications(this.lead);
		Reply sentBack = step(this.parentLead, "request-changes", "Name the number you want to move.");
		assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
		assertThat(sentBack.field("status")).isEqualTo("draft");
		assertThat(notifications(this.lead)).isEqualTo(leadBefore + 1);
		assertThat(latestNotification(this.lead).get("text").asString()).contains("Name the number you want to move.");

		Reply fixed = this.lead.api()
			.patch("/api/v1/objectives/" + this.objective, Map.of("title", "Checkout completes for 95% of buyers"));
		assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
		assertThat(step(this.lead, "submit", null).field("status")).isEqualTo("in-review");

		Reply approved = step(this.parentLead, "approve", "Clear now.");
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.field("status")).isEqualTo("published");
		assertThat(status()).isEqualTo("published");

		Reply history = this.member.api().get("/api/v1/objectives/" + this.objective + "/review");
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		JsonNode items = history.json().get("items");
		assertThat(items.valueStream().map((item) -> item.get("action").asString())).containsExactly("submit",
				"request-changes", "submit", "approve");
		assertThat(items.valueStream().map((item) -> item.get("by").asString())).containsExactly(this.lead.id(),
				this.parentLead.id(), this.lead.id(), this.parentLead.id());
		assertThat(items.get(0).get("comment").isNull()).isTrue();
		assertThat(items.get(1).get("comment").asString()).isEqualTo("Name the number you want to move.");
		assertThat(items.get(3).get("at").asString()).endsWith("Z");
	}

	@Test
	void approvingPublishesAsPublishingDoesAndTellsTheSubmitterAndTheTeamsLeads() {
		Person secondLead = person("member");
		join(this.team, secondLead, true);
		step(this.lead, "submit", null);
		long lead = notifications(this.lead);
		long second = notifications(secondLead);
		long approver = notifications(this.parentLead);
		assertThat(step(this.parentLead, "approve", null).status()).isEqualTo(200);
		assertThat(notifications(this.lead)).isEqualTo(lead + 1);
		assertThat(notifications(secondLead)).isEqualTo(second + 1);
		assertThat(notifications(this.parentLead)).isEqualTo(approver);
		Reply activity = this.admin.get("/api/v1/objectives/" + this.objective);
		assertThat(activity.field("status")).isEqualTo("published");
	}

	@Test
	void theSubmitterMayNotApproveTheirOwnSubmission() {
		Person champion = person("champion");
		assertThat(step(champion, "submit", null).status()).isEqualTo(200);
		Reply own = step(champion, "approve", null);
		assertThat(own.status()).as(own.toString()).isEqualTo(403);
		assertThat(own.json().get("detail").asString()).contains("You submitted this objective");
		Reply ownBack = step(champion, "request-changes", "Hmm");
		assertThat(ownBack.status()).as(ownBack.toString()).isEqualTo(403);
		assertThat(status()).isEqualTo("in-review");
		assertThat(history()).hasSize(1);
		assertThat(step(this.admin, "approve", null).status()).isEqualTo(200);
	}

	@Test
	void onlyTheTeamsWritersSubmitAndOnlyParentLeadsChampionsAndAdminsReview() {
		assertThat(step(this.member, "submit", null).status()).isEqualTo(403);
		assertThat(step(this.parentLead, "submit", null).status()).isEqualTo(403);
		assertThat(status()).isEqualTo("draft");
		assertThat(step(this.lead, "submit", null).status()).isEqualTo(200);
		assertThat(step(this.lead, "approve", null).status()).isEqualTo(403);
		assertThat(step(this.member, "approve", null).status()).isEqualTo(403);
		Person otherLead = person("member");
		join(team("Elsewhere " + UUID.randomUUID()), otherLead, true);
		assertThat(step(otherLead, "request-changes", "No").status()).isEqualTo(403);
		Person viewer = person("viewer");
		assertThat(step(viewer, "approve", null).status()).isEqualTo(403);
		assertThat(status()).isEqualTo("in-review");
		assertThat(history()).hasSize(1);
		assertThat(step(person("champion"), "request-changes", "Say why.").status()).isEqualTo(200);
	}

	@Test
	void publishedAndArchivedObjectivesAndStepsThatDoNotFitTheStatusAreConflicts() {
		Reply notInReview = step(this.parentLead, "approve", null);
		assertThat(notInReview.status()).as(notInReview.toString()).isEqualTo(409);
		assertThat(step(this.parentLead, "request-changes", "Not yet").status()).isEqualTo(409);
		step(this.lead, "submit", null);
		assertThat(step(this.lead, "submit", null).status()).isEqualTo(409);
		step(this.parentLead, "approve", null);
		Reply published = step(this.parentLead, "approve", null);
		assertThat(published.status()).as(published.toString()).isEqualTo(409);
		assertThat(step(this.lead, "submit", null).status()).isEqualTo(409);
		assertThat(this.admin.patch("/api/v1/objectives/" + this.objective, Map.of("status", "archived")).status())
			.isEqualTo(200);
		assertThat(step(this.lead, "submit", null).status()).isEqualTo(409);
		assertThat(history()).hasSize(2);
	}

	@Test
	void requestingChangesNeedsAComment() {
		step(this.lead, "submit", null);
		for (String comment : new String[] { null, "", "   " }) {
			Map<String, Object> body = new HashMap<>(Map.of("action", "request-changes"));
			body.put("comment", comment);
			Reply reply = this.parentLead.api().post(path(), body);
			assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
			assertThat(reply.errorFields()).containsExactly("comment");
		}
		Reply tooLong = step(this.parentLead, "request-changes", "x".repeat(10_001));
		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("comment");
		assertThat(status()).isEqualTo("in-review");
		assertThat(history()).hasSize(1);
	}

	@Test
	void anUnknownOrMissingActionIsNamed() {
		Reply unknown = step(this.lead, "publish", null);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("action");
		Reply missing = this.lead.api().post(path(), Map.of("comment", "hello"));
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("action");
		Reply number = this.lead.api().post(path(), Map.of("action", 1));
		assertThat(number.status()).as(number.toString()).isEqualTo(400);
		assertThat(status()).isEqualTo("draft");
		assertThat(history()).isEmpty();
	}

	@Test
	void anUnknownObjectiveIsNotFound() {
		String unknown = "/api/v1/objectives/" + UUID.randomUUID() + "/review";
		assertThat(this.lead.api().post(unknown, Map.of("action", "submit")).status()).isEqualTo(404);
		assertThat(this.lead.api().get(unknown).status()).isEqualTo(404);
		assertThat(this.lead.api().get("/api/v1/objectives/not-an-id/review").status()).isEqualTo(404);
	}

	@Test
	void aDirectPublishIsAConflictWhileReviewIsRequired() {
		Reply published = this.lead.api().patch("/api/v1/objectives/" + this.objective, Map.of("status", "published"));
		assertThat(published.status()).as(published.toString()).isEqualTo(409);
		assertThat(published.json().get("detail").asString()).contains("submit it for review");
		Reply intoReview = this.lead.api().patch("/api/v1/objectives/" + this.objective, Map.of("status", "in-review"));
		assertThat(intoReview.status()).as(intoReview.toString()).isEqualTo(409);
		assertThat(status()).isEqualTo("draft");
	}

	@Test
	void withReviewOffObjectivesArePublishedDirectlyAndSubmittingIsAConflict() {
		review("off");
		Reply submit = step(this.lead, "submit", null);
		assertThat(submit.status()).as(submit.toString()).isEqualTo(409);
		assertThat(submit.json().get("detail").asString()).contains("Review is off");
		Reply published = this.lead.api().patch("/api/v1/objectives/" + this.objective, Map.of("status", "published"));
		assertThat(published.status()).as(published.toString()).isEqualTo(200);
		assertThat(status()).isEqualTo("published");
	}

	@Test
	void whatWasInReviewWhenReviewWasSwitchedOffCanStillBeApprovedOrPublished() {
		step(this.lead, "submit", null);
		review("off");
		assertThat(
				this.lead.api().patch("/api/v1/objectives/" + this.objective, Map.of("status", "published")).status())
			.isEqualTo(200);
		String other = objective(this.cycle, this.team);
		review("required");
		assertThat(this.lead.api().post("/api/v1/objectives/" + other + "/review", Map.of("action", "submit")).status())
			.isEqualTo(200);
		review("off");
		assertThat(this.parentLead.api()
			.post("/api/v1/objectives/" + other + "/review", Map.of("action", "approve"))
			.field("status")).isEqualTo("published");
	}

	@Test
	void companyWideObjectivesAreReviewedByChampionsAndAdmins() {
		Person champion = person("champion");
		long before = notifications(champion);
		String company = objective(this.cycle, null);
		Reply submitted = this.admin.post("/api/v1/objectives/" + company + "/review", Map.of("action", "submit"));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(notifications(champion)).isEqualTo(before + 1);
		assertThat(this.parentLead.api()
			.post("/api/v1/objectives/" + company + "/review", Map.of("action", "approve"))
			.status()).isEqualTo(403);
		assertThat(champion.api()
			.post("/api/v1/objectives/" + company + "/review", Map.of("action", "approve"))
			.field("status")).isEqualTo("published");
	}

	@Test
	void aTeamAtTheTopIsReviewedByChampionsWhoAreTold() {
		Person champion = person("champion");
		long before = notifications(champion);
		long parentLeadBefore = notifications(this.parentLead);
		String top = objective(this.cycle, this.parent);
		Reply submitted = this.parentLead.api()
			.post("/api/v1/objectives/" + top + "/review", Map.of("action", "submit"));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(notifications(champion)).isEqualTo(before + 1);
		assertThat(notifications(this.parentLead)).isEqualTo(parentLeadBefore);
	}

	@Test
	void nothingMovesInAClosedCycle() {
		String closing = cycle("set");
		String draft = objective(closing, this.team);
		for (String phase : List.of("execute", "reflect", "closed")) {
			assertThat(this.admin.post("/api/v1/cycles/" + closing + "/phase", Map.of("phase", phase)).status())
				.isEqualTo(200);
		}
		Reply reply = this.lead.api().post("/api/v1/objectives/" + draft + "/review", Map.of("action", "submit"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(this.admin.get("/api/v1/objectives/" + draft).field("status")).isEqualTo("draft");
		assertThat(this.admin.get("/api/v1/objectives/" + draft + "/review").json().get("items").size()).isZero();
	}

	private void review(String mode) {
		Reply reply = this.admin.patch("/api/v1/settings", Map.of("objectiveReview", mode));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	private Reply step(Person person, String action, String comment) {
		return step(person.api(), action, comment);
	}

	private Reply step(dev.lodestar.testing.Api api, String action, String comment) {
		Map<String, Object> body = new HashMap<>(Map.of("action", action));
		if (comment != null) {
			body.put("comment", comment);
		}
		return api.post(path(), body);
	}

	private String path() {
		return "/api/v1/objectives/" + this.objective + "/review";
	}

	private String status() {
		return this.admin.get("/api/v1/objectives/" + this.objective).field("status");
	}

	private List<JsonNode> history() {
		return this.admin.get(path()).json().get("items").valueStream().toList();
	}

	private static JsonNode latestNotification(Person person) {
		Reply reply = person.api().get("/api/v1/notifications");
		assertThat(reply.json().get("items").size()).as(reply.toString()).isPositive();
		return reply.json().get("items").get(0);
	}

	private static long notifications(Person person) {
		return person.api().get("/api/v1/notifications").json().get("total").asLong();
	}

}
