/**
 * The OKR coach: reads a draft objective (as it is being typed, or as stored) and says
 * where it breaks the rules of thumb of a good OKR, each finding with a short reason and
 * what to do instead. It never blocks anything: a team may disagree. The rules are beans
 * of {@link CoachRule}; other features add their own (similar objectives of other teams,
 * competing key results, an unchanged template) without this module knowing them.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization" })
package dev.lodestar.coach;

import org.springframework.modulith.ApplicationModule;
