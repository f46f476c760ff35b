package dev.lodestar.reports;

import org.springframework.modulith.NamedInterface;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.organization.TeamId;

/**
 * A section that another feature adds to the cycle report, without this module knowing
 * the feature: the report asks each section bean what it shows of a cycle, for the
 * company or for one team; the page renders the fragment {@code report-section(view)} of
 * the section's template with it, the PDF the fragment {@code report-pdf-section(view)},
 * and the JSON report holds the section's resource under the section's field. A section
 * reads what it shows with a fixed number of statements, so the report's count does not
 * grow with the teams.
 *
 * @param <V> what the section shows
 */
@NamedInterface("report-section")
public interface ReportSection<V> {

	/**
	 * The template with the section's fragments, such as {@code maturity/report}.
	 */
	String template();

	/**
	 * The field of the JSON report that holds the section, such as {@code maturity}: the
	 * API is a contract, so the field and its shape stay once published.
	 */
	String field();

	/**
	 * What the section shows of a cycle: for the company ({@code team} null) or for one
	 * team that is known to exist.
	 */
	V view(Cycle cycle, TeamId team);

	/** What the JSON report gives of the view. */
	Object resource(V view);

	/**
	 * The type of {@link #resource}, for the OpenAPI document.
	 */
	Class<?> resourceType();

	/**
	 * A section as the report shows it.
	 *
	 * @param template the section's template
	 * @param field its field in the JSON report
	 * @param view what the page and the PDF render
	 * @param resource what the JSON report gives
	 */
	record Shown(String template, String field, Object view, Object resource) {
	}

}
