/**
 * A team's retrospective page for one cycle.
 */
package dev.lodestar.retrospectives.web;
