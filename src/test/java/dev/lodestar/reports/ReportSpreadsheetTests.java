package dev.lodestar.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.Reply;
import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cycle report as an XLSX workbook, downloaded over HTTP from the API and the web
 * page and read back with fastexcel's reader: its two sheets, their bold header rows, a
 * known key result's row and a known check-in's row, with numbers as numbers and moments
 * as dates.
 */
class ReportSpreadsheetTests extends ApiTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWorkbookHasASheetOfKeyResultsAndOneOfCheckIns() throws IOException {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());
		ZoneId zone = ZoneId.of(this.admin.get("/api/v1/settings").field("timeZone"));

		HttpResponse<byte[]> reply = bytes("/api/v1/cycles/" + fixture.cycle() + "/report.xlsx",
				"Bearer " + token(owner.email(), PASSWORD));

		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Type")).hasValue(XLSX);
		assertThat(reply.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment").contains("-report.xlsx\""));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reply.body()),
				new ReadingOptions(true, false))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Key results", "Check-ins");

			List<Row> keyResults = sheets.get(0).read();
			assertThat(texts(keyResults.get(0))).startsWith("Team", "Objective", "Kind", "Key result", "Type", "Owner",
					"Start", "Current", "Target", "Unit", "Weight", "Progress", "Score", "Confidence");
			assertThat(keyResults).hasSize(1 + 3);
			Row metric = keyResults.stream()
				.filter((row) -> fixture.metric().equals(row.getCellText(16)))
				.findFirst()
				.orElseThrow();
			assertThat(texts(metric).subList(0, 6)).containsExactly(fixture.alphaName(), "Make paying effortless",
					"committed", "Checkout completion", "metric", "A member");
			assertThat(metric.getCell(6).getType()).isEqualTo(CellType.NUMBER);
			assertThat(metric.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("10");
			assertThat(metric.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("50");
			assertThat(metric.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("50");
			assertThat(metric.getCell(11).getType()).isEqualTo(CellType.NUMBER);
			assertThat(metric.getCellAsNumber(11).orElseThrow().doubleValue()).isCloseTo(1.0, within(1e-9));
			assertThat(metric.getCell(11).getDataFormatString()).isEqualTo("0%");
			assertThat(metric.getCellAsNumber(12).orElseThrow().doubleValue()).isCloseTo(1.0, within(1e-9));
			assertThat(metric.getCellAsNumber(13).orElseThrow()).isEqualByComparingTo("8");
			// checked in in weeks 1, 2 and 4
			assertThat(metric.getCellAsNumber(15).orElseThrow()).isEqualByComparingTo("3");
			assertThat(metric.getCellText(17)).isEqualTo(fixture.committedObjective());
			assertThat(metric.getCellText(18)).isEqualTo(fixture.alpha());

			List<Row> checkIns = sheets.get(1).read();
			assertThat(texts(checkIns.get(0))).containsExactly("Date", "Key result", "Objective", "Team", "Value",
					"Confidence", "Note", "Blockers", "Who", "Source", "Key result id", "Check-in id");
			assertThat(checkIns).hasSize(1 + fixture.checkIns());
			Row milestone = checkIns.stream()
				.filter((row) -> fixture.milestone().equals(row.getCellText(10)))
				.findFirst()
				.orElseThrow();
			assertThat(milestone.getCell(0).getType()).isEqualTo(CellType.NUMBER);
			assertThat(milestone.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
			LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), zone);
			assertThat(Duration.between(milestone.getCellAsDate(0).orElseThrow(), now).abs())
				.isLessThan(Duration.of(10, ChronoUnit.MINUTES));
			assertThat(texts(milestone).subList(1, 4)).containsExactly("Launch in Spain", "Open a second market",
					fixture.alphaName());
			assertThat(milestone.getCell(4).getType()).isEqualTo(CellType.NUMBER);
			assertThat(milestone.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("1");
			assertThat(milestone.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("4");
			assertThat(milestone.getCellText(6)).isEqualTo(ReportFixture.NOTE);
			assertThat(milestone.getCellText(8)).isEqualTo("Admin");
			assertThat(milestone.getCellText(9)).isEqualTo("api");
			// a note that looks like a formula stays text
			Row formula = checkIns.stream()
				.filter((row) -> row.getCellText(6).startsWith("=1+1"))
				.findFirst()
				.orElseThrow();
			assertThat(formula.getCell(6).getType()).isEqualTo(CellType.STRING);
			assertThat(formula.getCell(6).getFormula()).isNull();
		}
		assertThat(entry(reply.body(), "xl/styles.xml")).contains("<b/>");
		assertThat(entry(reply.body(), "xl/worksheets/sheet1.xml")).contains("<col ", "<pane ");
	}

	@Test
	void aTeamsWorkbookHoldsItsKeyResultsAndCheckInsAndTheWebPageOffersItToo() throws IOException {
		Person owner = person("member");
		ReportFixture fixture = ReportFixture.build(this.admin, this.jdbc, owner.id());

		HttpResponse<byte[]> reply = bytes(
				"/api/v1/cycles/" + fixture.cycle() + "/report.xlsx?teamId=" + fixture.beta(),
				"Bearer " + token(owner.email(), PASSWORD));

		assertThat(reply.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(reply.body()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			List<Row> keyResults = sheets.get(0).read();
			assertThat(keyResults).hasSize(1 + 1);
			assertThat(keyResults.get(1).getCellText(3)).isEqualTo("Search success");
			assertThat(keyResults.get(1).getCellAsNumber(12).orElseThrow().doubleValue()).isCloseTo(0.3, within(1e-9));
			List<Row> checkIns = sheets.get(1).read();
			assertThat(checkIns).hasSize(1 + 4);
			assertThat(checkIns.subList(1, checkIns.size()))
				.allSatisfy((row) -> assertThat(row.getCellText(3)).isEqualTo(fixture.betaName()));
		}

		Reply unknownTeam = owner.api()
			.get("/api/v1/cycles/" + fixture.cycle() + "/report.xlsx?teamId=" + java.util.UUID.randomUUID());
		assertThat(unknownTeam.status()).isEqualTo(400);
		assertThat(unknownTeam.errorFields()).containsExactly("teamId");
		assertThat(owner.api().get("/api/v1/cycles/" + java.util.UUID.randomUUID() + "/report.xlsx").status())
			.isEqualTo(404);
		assertThat(bytes("/api/v1/cycles/" + fixture.cycle() + "/report.xlsx", null).statusCode()).isEqualTo(401);

		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);
		HttpResponse<String> page = browser.get("/cycles/" + fixture.cycle() + "/report.xlsx?team=" + fixture.alpha());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue(XLSX);
		assertThat(page.body()).startsWith("PK");
	}

	private static List<String> texts(Row row) {
		return row.stream().map((cell) -> (cell != null) ? cell.getText() : "").toList();
	}

	/** An entry of the workbook, read through the zip's central directory. */
	private static String entry(byte[] zip, String name) throws IOException {
		Path file = Files.createTempFile("report", ".xlsx");
		try {
			Files.write(file, zip);
			try (ZipFile workbook = new ZipFile(file.toFile())) {
				ZipEntry entry = workbook.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	private HttpResponse<byte[]> bytes(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
