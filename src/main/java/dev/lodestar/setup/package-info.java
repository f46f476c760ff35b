/**
 * Starting an OKR program: the setup wizard that leads the first admin from an empty
 * installation to a named organisation with a check-in rhythm, a cadence and a first
 * cycle, people and champions (each step skippable and reachable later from the
 * settings); the readiness of a cycle for launch, a checklist read from the real state of
 * the organisation with count queries that do not grow with it; and the announcement
 * mailed to every active participant, once, when a cycle moves from prepare to set.
 */
@ApplicationModule(
		allowedDependencies = { "cycles", "mail", "objectives", "objectives :: my-week", "organization", "training" })
package dev.lodestar.setup;

import org.springframework.modulith.ApplicationModule;
