package dev.lodestar.maturity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cycle report's maturity, for a team whose two closed cycles are worked out by hand:
 * the report of the first shows the maturity as it stood when that one closed (one cycle
 * completed), the report of the second both cycles, and the report of a cycle still
 * running the maturity as it stands. The same on the page, in the PDF and in the JSON.
 * <p>
 * The first cycle runs 91 days (13 weeks) with one key result, a metric from 31 to 45
 * ("Raise NPS to 45": a baseline and an outcome), checked in once, and a retrospective
 * held; the second 91 days too, with one key result from 0 ("Publish 10 blog posts":
 * neither), never checked in, and no retrospective.
 */
class ReportMaturityTests extends ApiTest {

	@Test
	void theReportOfAClosedCycleShowsTheMaturityAsItStoodWhenItClosed() throws IOException {
		Person owner = person("member");
		String team = team("Maturing " + UUID.randomUUID());
		join(team, owner, false);
		LocalDate today = LocalDate.now();
		String first = pastCycle(today.minusDays(200), today.minusDays(110));
		String nps = keyResult(objective(first, team), owner, "Raise NPS to 45", 31, 45);
		CycleSteps.checkIn(owner, nps, 38, 6);
		CycleSteps.moveTo(this.admin, first, "reflect");
		Reply held = this.admin.put("/api/v1/cycles/" + first + "/retrospectives/" + team,
				Map.of("worked", "Weekly check-ins", "held", true));
		assertThat(held.status()).as(held.toString()).isEqualTo(201);
		CycleSteps.moveTo(this.admin, first, "closed");
		String second = pastCycle(today.minusDays(100), today.minusDays(10));
		keyResult(objective(second, team), owner, "Publish 10 blog posts", 0, 10);
		CycleSteps.moveTo(this.admin, second, "reflect", "closed");
		String running = cycle("execute");

		JsonNode atFirst = report(owner, first, team).get("maturity");
		assertThat(atFirst.get("stage").asString()).isEqualTo("learning");
		assertThat(atFirst.get("cyclesCompleted").asInt()).isEqualTo(1);
		JsonNode signals = atFirst.get("signals");
		assertThat(signals.get("checkInRegularity").asDouble()).isCloseTo(1.0 / 13, within(1e-9));
		assertThat(signals.get("keyResultsWithBaseline").asDouble()).isEqualTo(1.0);
		assertThat(signals.get("outcomeKeyResults").asDouble()).isEqualTo(1.0);
		assertThat(signals.get("crossTeamObjectives").asDouble()).isZero();
		assertThat(signals.get("retrospectivesHeld").asDouble()).isEqualTo(1.0);
		assertThat(signals.get("scoreSpread").isNull()).isTrue();
		assertThat(atFirst.get("expectations")).hasSize(3);
		assertThat(atFirst.get("focus")).hasSize(2);
		assertThat(atFirst.get("focus").get(0).asString()).startsWith("Check in every week: 8 %");
		assertThat(atFirst.get("focus").get(1).asString()).startsWith("Share an objective with a team");

		JsonNode atSecond = report(owner, second, team).get("maturity");
		assertThat(atSecond.get("stage").asString()).isEqualTo("learning");
		assertThat(atSecond.get("cyclesCompleted").asInt()).isEqualTo(2);
		assertThat(atSecond.get("signals").get("checkInRegularity").asDouble()).isCloseTo(1.0 / 26, within(1e-9));
		assertThat(atSecond.get("signals").get("keyResultsWithBaseline").asDouble()).isEqualTo(0.5);
		assertThat(atSecond.get("signals").get("retrospectivesHeld").asDouble()).isEqualTo(0.5);
		assertThat(atSecond.get("focus")).hasSize(3);
		assertThat(atSecond.get("focus").get(0).asString()).startsWith("Check in every week: 4 %");
		assertThat(atSecond.get("focus").get(1).asString()).startsWith("Write key results as outcomes: 50 %");
		assertThat(atSecond.get("focus").get(2).asString()).startsWith("Hold a retrospective");

		// a cycle still running: the maturity as it stands, as on the team's page
		assertThat(report(owner, running, team).get("maturity"))
			.isEqualTo(owner.api().get("/api/v1/teams/" + team + "/maturity").json());
		// the company's report holds the organisation's
		JsonNode organisation = report(owner, first, null).get("maturity");
		assertThat(organisation.get("stage").asString()).isIn("first-cycle", "learning", "mastery");

		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		String page = browser.get("/cycles/" + first + "/report?team=" + team).body();
		assertThat(page).contains("How the team’s OKRs mature", "Learning", "1 cycle completed", "As it stood when",
				"closed, read from the cycles closed up to and including it.", "Check in every week: 8 %",
				"<dd>8 %</dd>", "<dd>100 %</dd>", "<dd>not measured yet</dd>");
		assertThat(browser.get("/cycles/" + second + "/report?team=" + team).body()).contains("2 cycles completed",
				"<dd>4 %</dd>", "<dd>50 %</dd>");
		assertThat(browser.get("/cycles/" + running + "/report?team=" + team).body()).contains("2 cycles completed",
				"is not closed yet: this is the maturity as it stands");
		assertThat(browser.get("/cycles/" + first + "/report").body()).contains("How the organisation’s OKRs mature");

		try (PDDocument document = Loader.loadPDF(pdf(owner, first, team))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("How the team’s OKRs mature", "Learning · 1 cycle completed",
					"What to focus on next", "Check in every week: 8 %", "Weeks checked in 8 %",
					"Retrospectives held 100 %", "Spread of the scores not measured yet");
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheReportsMaturity() {
		JsonNode report = this.anonymous.get("/api/v1/openapi.json")
			.json()
			.get("components")
			.get("schemas")
			.get("ReportResource")
			.get("properties");
		assertThat(report.has("sections")).isFalse();
		assertThat(report.get("maturity").toString()).contains("#/components/schemas/Maturity");
	}

	private JsonNode report(Person person, String cycle, String team) {
		Reply reply = person.api()
			.get("/api/v1/cycles/" + cycle + "/report" + ((team != null) ? "?teamId=" + team : ""));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private byte[] pdf(Person person, String cycle, String team) {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(
							"http://localhost:" + this.port + "/api/v1/cycles/" + cycle + "/report.pdf?teamId=" + team))
					.header("Authorization", "Bearer " + token(person.email(), PASSWORD))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A cycle of these days, moved on to execute. */
	private String pastCycle(LocalDate start, LocalDate end) {
		String cycle = created(this.admin.post("/api/v1/cycles",
				Map.of("name", "Past " + UUID.randomUUID(), "startDate", start.toString(), "endDate", end.toString())));
		CycleSteps.moveTo(this.admin, cycle, "set", "execute");
		return cycle;
	}

	private String keyResult(String objective, Person owner, String title, double start, double target) {
		return created(this.admin.post("/api/v1/objectives/" + objective + "/key-results", Map.of("title", title,
				"ownerId", owner.id(), "type", "metric", "startValue", start, "targetValue", target)));
	}

}
