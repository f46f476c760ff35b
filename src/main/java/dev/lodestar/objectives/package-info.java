/**
 * Objectives, their key results and the check-ins on them: what teams (or the whole
 * company) want to achieve in a cycle, how they will know, how objectives align to higher
 * objectives and key results, and the weekly updates that move key results. A key result
 * computes its own progress; an objective's progress is the weighted mean of its key
 * results'. A check-in and the key result it changes are one transaction (decision 0002),
 * and so one module (decision 0004). Other features read key results and check-ins
 * through the public classes of this package, never with SQL over its tables. The pages
 * are in sub-packages of {@code web}, one per page; the API in {@code api}.
 */
@ApplicationModule(allowedDependencies = { "cycles", "organization", "surveys", "versions" })
package dev.lodestar.objectives;

import org.springframework.modulith.ApplicationModule;
