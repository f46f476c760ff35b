/**
 * The web pages of objectives, key results and check-ins, one sub-package per page:
 * {@code team} (a team's objectives, set and edited in place), {@code company} (every
 * team's objectives, found by cycle, team, owner, status, confidence and words),
 * {@code objective} (an objective's why, alignment, key results, latest check-ins and
 * scores), {@code keyresult} (a key result's trend, history and check-in form),
 * {@code myweek} (a person's key results to check in this week), {@code editing} (the
 * forms that add and change objectives and key results) and {@code reset} (reflect and
 * reset at a cycle's end). What several pages share (score badges, sparklines, form
 * values, grouped choices) is here.
 */
package dev.lodestar.objectives.web;
