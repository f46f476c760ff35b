/**
 * Overlaps across teams: objectives of different teams in a cycle that chase the same
 * thing, and key results of different teams that move the same measure in opposite
 * directions. Texts are compared with Lucene in memory, per cycle, and the index is kept
 * in step with the database by a cheap version mark ({@link CycleIndexes}). The coach
 * hears of them through two rules ({@code overlap}, {@code competing}); the alignment
 * workshop lists them to settle (share, depend, or drop); a team's page says when it is
 * part of one. Objectives' texts are read through their module's {@code CycleTexts}.
 */
@ApplicationModule(allowedDependencies = { "coach", "cycles", "objectives", "objectives :: team-page", "organization" })
package dev.lodestar.overlaps;

import org.springframework.modulith.ApplicationModule;
