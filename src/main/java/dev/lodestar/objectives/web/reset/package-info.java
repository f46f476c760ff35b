/**
 * Reflect and reset: a cycle's objectives with their scores, carried over to the next
 * cycle or dropped with a reason.
 */
package dev.lodestar.objectives.web.reset;
