/**
 * My week: the key results a person owns in the open cycles, marked when checked in this
 * week, each checked in from its row.
 */
package dev.lodestar.objectives.web.myweek;
