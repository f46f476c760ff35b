/**
 * The biggest gaps: for a cycle, each key result's progress against the progress expected
 * by now (the share of the cycle that has passed), with its confidence and how that
 * changed, what needs attention first (an off-track confidence, then at risk, then the
 * biggest gap) and flagged when stale, when confidence dropped, or when off track — where
 * a team should refocus this week.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization", "versions" })
package dev.lodestar.gaps;

import org.springframework.modulith.ApplicationModule;
