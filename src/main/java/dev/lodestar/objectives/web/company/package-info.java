/**
 * The company page: every team's objectives, found by cycle, team, owner, status,
 * confidence and words.
 */
package dev.lodestar.objectives.web.company;
