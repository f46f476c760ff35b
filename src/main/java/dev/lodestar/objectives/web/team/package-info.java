/**
 * A team's page: its objectives and key results for a cycle, set and edited in place.
 */
package dev.lodestar.objectives.web.team;
