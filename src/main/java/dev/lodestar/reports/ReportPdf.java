package dev.lodestar.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Service;

/**
 * The cycle report as a PDF: the report's Thymeleaf template {@code reports/report-pdf}
 * rendered to XHTML with the fragment {@code report-pdf-section(view)} of each section
 * other features add, then laid out to PDF on this machine with the PDF's standard fonts
 * (no service called, no font fetched).
 */
@Service
public class ReportPdf {

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The PDF of a report, with its charts' figures and the sections other features add
	 * to it.
	 */
	public byte[] of(CycleReport report, ReportCharts charts, List<ReportSection.Shown> sections) {
		Context context = new Context(Locale.ROOT);
		context.setVariable("report", report);
		context.setVariable("charts", charts);
		context.setVariable("sections", sections);
		context.setVariable("fmt", ReportFormat.INSTANCE);
		String html = this.templates.process("reports/report-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
