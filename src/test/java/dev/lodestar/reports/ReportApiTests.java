package dev.lodestar.reports;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cycle report over the API: its figures on a cycle whose scores, check-in weeks and
 * confidences are known, the PDF, and both CSV exports read back.
 */
class ReportApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportSumsUpEachTeamAndTheCompany() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());

		Reply reply = owner.api().get("/api/v1/cycles/" + fixture.cycle() + "/report");

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode report = reply.json();
		assertThat(report.get("phase").asText()).isEqualTo("reflect");
		assertThat(report.get("scored").asBoolean()).isTrue();
		assertThat(report.get("weeks").asInt()).isEqualTo(4);
		assertThat(report.get("retrospectivesHeld").asInt()).isEqualTo(1);
		assertThat(report.get("retrospectivesExpected").asInt()).isEqualTo(2);
		assertThat(report.get("teams")).hasSize(2);

		JsonNode alpha = report.get("teams").get(0);
		assertThat(alpha.get("teamId").asText()).isEqualTo(fixture.alpha());
		assertThat(alpha.get("teamName").asText()).isEqualTo(fixture.alphaName());
		assertThat(alpha.get("retrospectiveHeld").asBoolean()).isTrue();
		JsonNode a = alpha.get("figures");
		assertThat(a.get("objectives").asInt()).isEqualTo(2);
		assertThat(a.get("keyResults").asInt()).isEqualTo(2);
		assertThat(a.get("averageScore").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(a.get("averageScoreBand").asText()).isEqualTo("0.7–1.0");
		assertThat(a.get("expectationsMet").get("met").asInt()).isEqualTo(2);
		assertThat(a.get("expectationsMet").get("of").asInt()).isEqualTo(2);
		assertThat(a.get("committedMet").get("met").asInt()).isEqualTo(1);
		assertThat(a.get("committedMet").get("of").asInt()).isEqualTo(1);
		assertThat(a.get("aspirationalAverage").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(a.get("checkInRegularity").asDouble()).isCloseTo((3 / 4.0 + 1 / 4.0) / 2, within(1e-9));
		JsonNode aConfidence = a.get("confidenceVsOutcome");
		assertThat(aConfidence.get("keyResults").asInt()).isEqualTo(2);
		assertThat(aConfidence.get("confidentMet").asInt()).isEqualTo(1);
		assertThat(aConfidence.get("doubtfulMet").asInt()).isEqualTo(1);
		assertThat(aConfidence.get("predicted").asInt()).isEqualTo(1);
		assertThat(aConfidence.get("predictedShare").asDouble()).isCloseTo(0.5, within(1e-9));

		JsonNode beta = report.get("teams").get(1);
		assertThat(beta.get("teamName").asText()).isEqualTo(fixture.betaName());
		assertThat(beta.get("retrospectiveHeld").asBoolean()).isFalse();
		JsonNode b = beta.get("figures");
		assertThat(b.get("objectives").asInt()).isEqualTo(1);
		assertThat(b.get("averageScore").asDouble()).isCloseTo(0.3, within(1e-9));
		assertThat(b.get("averageScoreBand").asText()).isEqualTo("0.0–0.3");
		assertThat(b.get("expectationsMet").get("met").asInt()).isZero();
		assertThat(b.get("committedMet").get("met").asInt()).isZero();
		assertThat(b.get("committedMet").get("of").asInt()).isEqualTo(1);
		assertThat(b.get("aspirationalAverage").isNull()).isTrue();
		assertThat(b.get("checkInRegularity").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(b.get("confidenceVsOutcome").get("confidentMissed").asInt()).isEqualTo(1);
		assertThat(b.get("confidenceVsOutcome").get("predicted").asInt()).isZero();

		JsonNode company = report.get("company");
		assertThat(company.get("objectives").asInt()).isEqualTo(3);
		assertThat(company.get("averageScore").asDouble()).isCloseTo((1.0 + 1.0 + 0.3) / 3, within(1e-9));
		assertThat(company.get("expectationsMet").get("met").asInt()).isEqualTo(2);
		assertThat(company.get("expectationsMet").get("of").asInt()).isEqualTo(3);
		assertThat(company.get("committedMet").get("met").asInt()).isEqualTo(1);
		assertThat(company.get("committedMet").get("of").asInt()).isEqualTo(2);
		assertThat(company.get("checkInRegularity").asDouble()).isCloseTo((0.75 + 0.25 + 1.0) / 3, within(1e-9));
		assertThat(company.get("confidenceVsOutcome").get("predicted").asInt()).isEqualTo(1);
		assertThat(company.get("confidenceVsOutcome").get("keyResults").asInt()).isEqualTo(3);

		JsonNode learnings = report.get("learnings");
		assertThat(learnings).hasSize(1);
		assertThat(learnings.get(0).get("teamName").asText()).isEqualTo(fixture.alphaName());
		assertThat(learnings.get(0).get("change").asText()).isEqualTo("Set targets in week one");
		assertThat(learnings.get(0).get("objectives").get(0).get("learning").asText())
			.isEqualTo("Small steps beat a big launch");
		assertThat(report.get("surveys")).isEmpty();
	}

	@Test
	void teamIdLimitsTheReportToOneTeamAndAnUnknownOneIsNamed() {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		String path = "/api/v1/cycles/" + fixture.cycle() + "/report";

		JsonNode beta = this.admin.get(path + "?teamId=" + fixture.beta()).json();
		assertThat(beta.get("teams")).hasSize(1);
		assertThat(beta.get("teamId").asText()).isEqualTo(fixture.beta());
		assertThat(beta.get("company").get("objectives").asInt()).isEqualTo(1);
		assertThat(beta.get("learnings")).isEmpty();

		Reply unknown = this.admin.get(path + "?teamId=" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("teamId");
		Reply malformed = this.admin.get(path + "?teamId=nope");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorFields()).containsExactly("teamId");
		assertThat(this.admin.get("/api/v1/cycles/" + UUID.randomUUID() + "/report").status()).isEqualTo(404);
		assertThat(this.anonymous.get(path).status()).isEqualTo(401);
	}

	@Test
	void aCycleNotYetInReflectShowsProgressAndNoScores() {
		Person owner = person("member");
		String cycle = cycle("execute");
		String team = team("Early " + UUID.randomUUID());
		String objective = ReportFixture.objective(this.admin, cycle, team, "Start well", "committed");
		String kr = ReportFixture.keyResult(this.admin, objective, owner.id(), "Signups", "metric", 0, 10);
		ReportFixture.checkIn(this.admin, kr, 5, 7, null);

		JsonNode report = this.admin.get("/api/v1/cycles/" + cycle + "/report").json();

		assertThat(report.get("scored").asBoolean()).isFalse();
		JsonNode company = report.get("company");
		assertThat(company.get("averageScore").isNull()).isTrue();
		assertThat(company.get("averageProgress").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(company.get("committedMet").get("of").asInt()).isZero();
		assertThat(company.get("confidenceVsOutcome").get("keyResults").asInt()).isZero();
	}

	@Test
	void thePdfNamesTheTeamsWithTheirScores() throws IOException {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());

		HttpResponse<byte[]> pdf = bytes("/api/v1/cycles/" + fixture.cycle() + "/report.pdf",
				token(owner.email(), PASSWORD));

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Cycle report", fixture.alphaName(), fixture.betaName(), "Company total");
			assertThat(text).containsPattern(fixture.alphaName() + " 2 1\\.0 1 of 1 1\\.0 50 % 1 of 2 held");
			assertThat(text).containsPattern(fixture.betaName() + " 1 0\\.3 0 of 1 – 100 % 0 of 1 not held");
			assertThat(text).contains("Company total 3 0.8 1 of 2 1.0 67 % 1 of 3 1 of 2");
			assertThat(text).contains("Set targets in week one", "Small steps beat a big launch");
		}
	}

	@Test
	void theKeyResultExportHasOneRowPerKeyResultMatchingTheApi() throws IOException {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());

		Reply csv = owner.api().get("/api/v1/cycles/" + fixture.cycle() + "/export.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<CSVRecord> rows = parse(csv.body());
		assertThat(rows.get(0).toList()).startsWith("objective", "team", "owner", "type", "start", "target", "current",
				"progress", "score", "confidence");
		assertThat(rows).hasSize(4);
		Map<String, CSVRecord> byId = new HashMap<>();
		for (CSVRecord row : rows.subList(1, rows.size())) {
			byId.put(row.get(11), row);
		}
		assertThat(byId.keySet()).containsExactlyInAnyOrder(fixture.metric(), fixture.milestone(),
				fixture.betaMetric());
		for (String id : byId.keySet()) {
			CSVRecord row = byId.get(id);
			JsonNode kr = this.admin.get("/api/v1/key-results/" + id).json();
			JsonNode objective = this.admin.get("/api/v1/objectives/" + kr.get("objectiveId").asText()).json();
			assertThat(row.get(0)).isEqualTo(objective.get("title").asText());
			assertThat(row.get(1)).isEqualTo(objective.get("teamId").asText().equals(fixture.alpha())
					? fixture.alphaName() : fixture.betaName());
			assertThat(row.get(2)).isEqualTo("A member");
			assertThat(row.get(3)).isEqualTo(kr.get("type").asText());
			assertThat(Double.parseDouble(row.get(4))).isEqualTo(kr.get("startValue").asDouble());
			assertThat(Double.parseDouble(row.get(5))).isEqualTo(kr.get("targetValue").asDouble());
			assertThat(Double.parseDouble(row.get(6))).isEqualTo(kr.get("currentValue").asDouble());
			assertThat(Double.parseDouble(row.get(7))).isCloseTo(kr.get("progress").asDouble(), within(0.001));
			assertThat(Double.parseDouble(row.get(8))).isEqualTo(kr.get("score").asDouble());
			assertThat(Integer.parseInt(row.get(9))).isEqualTo(kr.get("confidence").asInt());
			assertThat(row.get(10)).isEqualTo(kr.get("title").asText());
			assertThat(row.get(12)).isEqualTo(objective.get("id").asText());
			assertThat(row.get(13)).isEqualTo(objective.get("teamId").asText());
			assertThat(row.get(14)).isEqualTo(objective.get("kind").asText());
			assertThat(Double.parseDouble(row.get(15))).isEqualTo(objective.get("score").asDouble());
		}
	}

	@Test
	void theCheckInExportHasEveryCheckInAndKeepsCommasQuotesAndLineBreaks() throws IOException {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());

		Reply csv = owner.api().get("/api/v1/cycles/" + fixture.cycle() + "/check-ins.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("\r\n");
		List<CSVRecord> rows = parse(csv.body());
		assertThat(rows.get(0).toList()).startsWith("keyResultId", "objective", "team", "author", "value", "confidence",
				"note", "blockers", "source", "createdAt");
		assertThat(rows).hasSize(1 + fixture.checkIns());
		CSVRecord milestone = rows.stream()
			.filter((row) -> row.get(0).equals(fixture.milestone()))
			.findFirst()
			.orElseThrow();
		assertThat(milestone.get(6)).isEqualTo(ReportFixture.NOTE);
		assertThat(milestone.get(1)).isEqualTo("Open a second market");
		assertThat(milestone.get(2)).isEqualTo(fixture.alphaName());
		assertThat(milestone.get(3)).isEqualTo("Admin");
		assertThat(Double.parseDouble(milestone.get(4))).isEqualTo(1.0);
		assertThat(milestone.get(5)).isEqualTo("4");
		assertThat(milestone.get(8)).isEqualTo("api");
		CSVRecord formula = rows.stream()
			.filter((row) -> row.get(0).equals(fixture.metric()) && !row.get(6).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(formula.get(6)).isEqualTo("'=1+1 counts as text");

		List<CSVRecord> beta = parse(
				this.admin.get("/api/v1/cycles/" + fixture.cycle() + "/check-ins.csv?teamId=" + fixture.beta()).body());
		assertThat(beta).hasSize(1 + 4);
		assertThat(beta.subList(1, beta.size()))
			.allSatisfy((row) -> assertThat(row.get(2)).isEqualTo(fixture.betaName()));
	}

	private HttpResponse<byte[]> bytes(String path, String token) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static List<CSVRecord> parse(String body) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(body))) {
			return parser.getRecords();
		}
	}

}
