/**
 * Alignment as a whole: the map of a cycle's objectives from the company's down to each
 * team's (folding below a few levels, or drawn around one team), the graph the API
 * answers, and the coverage an alignment workshop settles (teams without objectives,
 * objectives aligned to nothing, shared objectives, dependencies). It reads objectives
 * and their links through the objectives module's {@code AlignmentQueries}, and the
 * dependencies between teams through {@code Dependencies}.
 */
@ApplicationModule(allowedDependencies = { "cycles", "dependencies", "objectives", "organization" })
package dev.lodestar.alignment;

import org.springframework.modulith.ApplicationModule;
