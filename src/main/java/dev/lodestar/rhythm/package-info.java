/**
 * The weekly rhythm of a team: on Monday it calibrates (a confidence for each key result
 * of the cycles in execute, recorded as a check-in, and the week's top priorities, with
 * last week's unfinished ones offered again); on Friday it celebrates (the wins of the
 * week, collected from the key results that moved and written by people, and kudos). A
 * week is named by its Monday in the organisation's time zone, and past weeks stay
 * readable. Team members get a Friday digest of the wins by mail, once per team and week.
 * Publishes {@link dev.lodestar.rhythm.KudosGiven} when someone gives kudos.
 */
@ApplicationModule(allowedDependencies = { "cycles", "mail", "objectives", "organization" })
package dev.lodestar.rhythm;

import org.springframework.modulith.ApplicationModule;
