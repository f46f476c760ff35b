/**
 * The program across cycles. Its maturity, per team and for the organisation, computed
 * from the closed cycles and never typed in: the stage (first cycle, learning, mastery),
 * the signals that put it there, what to expect at that stage and what to focus on next,
 * shown on the team page, on the program page and in the cycle report (as it stood when
 * the cycle closed). And how well the confidence people gave during closed cycles
 * predicted how their key results ended (a Brier score with a calibration chart, per
 * person, per team and for the organisation): a person sees their own on My week, and
 * nobody else does.
 */
@ApplicationModule(allowedDependencies = { "coach", "cycles", "objectives", "objectives :: my-week",
		"objectives :: team-page", "navigation", "organization", "reports :: report-section" })
package dev.lodestar.maturity;

import org.springframework.modulith.ApplicationModule;
