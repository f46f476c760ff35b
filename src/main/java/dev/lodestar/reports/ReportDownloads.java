package dev.lodestar.reports;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.TeamId;

/**
 * Sends a cycle's report as PDF, its exports as CSV (UTF-8, with a header row) and both
 * as an XLSX workbook, for the API and the web pages alike.
 */
@Component
public class ReportDownloads {

	private final CycleReports reports;

	private final ReportPdf pdf;

	private final Exports exports;

	private final ReportSections sections;

	ReportDownloads(CycleReports reports, ReportPdf pdf, Exports exports, ReportSections sections) {
		this.reports = reports;
		this.pdf = pdf;
		this.exports = exports;
		this.sections = sections;
	}

	/** The report as a PDF. */
	public void pdf(CycleId cycleId, TeamId teamId, String field, boolean withSurvey, HttpServletResponse response) {
		CycleReport report = this.reports.of(cycleId, teamId, field, withSurvey);
		byte[] bytes = this.pdf.of(report, this.reports.charts(report), this.sections.of(report));
		response.setContentType("application/pdf");
		response.setContentLength(bytes.length);
		attachment(response, report.cycle(), "report.pdf");
		try {
			response.getOutputStream().write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row per key result. */
	public void keyResults(CycleId cycleId, TeamId teamId, String field, HttpServletResponse response) {
		CycleReport report = this.reports.of(cycleId, teamId, field);
		csv(response, report.cycle(), "key-results.csv", (out) -> this.exports.keyResults(report, out));
	}

	/**
	 * The report as an XLSX workbook: a sheet of key results, a sheet of check-ins.
	 */
	public void workbook(CycleId cycleId, TeamId teamId, String field, HttpServletResponse response) {
		CycleReport report = this.reports.of(cycleId, teamId, field);
		response.setContentType(Spreadsheet.MEDIA_TYPE);
		attachment(response, report.cycle(), "report.xlsx");
		try {
			OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
			this.exports.workbook(report, out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row per check-in, streamed. */
	public void checkIns(CycleId cycleId, TeamId teamId, String field, HttpServletResponse response) {
		Cycle cycle = this.exports.known(cycleId, teamId, field);
		csv(response, cycle, "check-ins.csv", (out) -> this.exports.checkIns(cycleId, teamId, out));
	}

	private static void csv(HttpServletResponse response, Cycle cycle, String suffix,
			java.util.function.Consumer<Writer> body) {
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, cycle, suffix);
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
					64 * 1024);
			body.accept(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void attachment(HttpServletResponse response, Cycle cycle, String suffix) {
		String name = cycle.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(((name.isEmpty()) ? "cycle" : name) + "-" + suffix, StandardCharsets.UTF_8)
					.build()
					.toString());
	}

}
