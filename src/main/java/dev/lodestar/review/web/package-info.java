/**
 * The pages of review: the section of an objective's page (its steps and the buttons of
 * whoever may act), the list of what waits for a person's review (a page, a menu entry
 * with a count, a section of My week), the champion's overview of where every team stands
 * in a cycle, and the admin's switch.
 */
package dev.lodestar.review.web;
