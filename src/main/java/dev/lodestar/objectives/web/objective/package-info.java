/**
 * An objective's page: its why, its alignment up and down, its key results with their
 * latest check-ins, and its scores with the forms that adjust them.
 */
package dev.lodestar.objectives.web.objective;
