package dev.lodestar.reports;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The sections other features add to a cycle report ({@link ReportSection}), each with
 * what it shows of the report's cycle and team, for the page, the PDF and the JSON alike.
 */
@Component
public class ReportSections {

	private final List<ReportSection<?>> sections;

	ReportSections(List<ReportSection<?>> sections) {
		this.sections = sections;
	}

	/** What each section shows of the report, in the sections' order. */
	public List<ReportSection.Shown> of(CycleReport report) {
		return this.sections.stream().<ReportSection.Shown>map((section) -> shown(section, report)).toList();
	}

	private static <V> ReportSection.Shown shown(ReportSection<V> section, CycleReport report) {
		V view = section.view(report.cycle(), report.teamId());
		return new ReportSection.Shown(section.template(), section.field(), view, section.resource(view));
	}

}
