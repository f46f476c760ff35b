/**
 * The web pages of objectives: a team's page, where its objectives and key results are
 * set and edited in place; the company page, where everyone finds every team's objectives
 * by cycle, team, owner, status, confidence and words; and an objective's own page with
 * its why, its alignment up and down, its key results, their latest check-ins and its
 * progress against the time passed.
 */
package dev.lodestar.objectives.web;
