/**
 * The forms that add and change objectives and key results, in place on the team page
 * (htmx) and as pages of their own without script.
 */
package dev.lodestar.objectives.web.editing;
