/**
 * Reports: what a cycle came to. The cycle report sums up, per team and for the company,
 * the objectives' scores, the committed objectives met, the aspirational average, how
 * regularly key results were checked in, how well confidence predicted the outcome, the
 * retrospectives held and what teams learned; it is read as JSON, a page, a PDF and CSV
 * exports; other features add sections to it through
 * {@link dev.lodestar.reports.ReportSection} (the named interface
 * {@code report-section}), such as the program's maturity. The celebration page shows the
 * cycle's achievements and kudos. Everything is worked out in a handful of queries,
 * however many teams there are.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization", "retrospectives", "rhythm",
		"surveys", "versions" })
package dev.lodestar.reports;

import org.springframework.modulith.ApplicationModule;
