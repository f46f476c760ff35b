/**
 * Dependencies between teams: a team asks another for something it needs in a cycle,
 * usually for one of its key results, and a lead of the asked team accepts or declines it
 * with a note — what an alignment workshop settles. Both teams' leads are told through
 * their notifications, and other tools through the webhooks ({@link DependencyRequested},
 * {@link DependencyDecided}). A team's page shows its dependencies both ways; the
 * workshop page shows a whole cycle's. Teams, cycles and key results are read through
 * their modules' public services.
 */
@ApplicationModule(
		allowedDependencies = { "conversations", "cycles", "objectives", "objectives :: team-page", "organization" })
package dev.lodestar.dependencies;

import org.springframework.modulith.ApplicationModule;
