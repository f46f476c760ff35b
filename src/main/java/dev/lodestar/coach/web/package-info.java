/**
 * The coach in the web app: the panel that the objective and key-result forms load and
 * refresh as a person types (the forms carry only htmx attributes, so that objectives
 * need not know the coach), a stored objective's findings for its page, and a cycle's
 * findings per team for champions.
 */
package dev.lodestar.coach.web;
