/**
 * The pages of dependencies: a team's dependencies both ways as a section of its page
 * (with the form that asks another team and the asked team's accept and decline), one
 * dependency on its own, and a cycle's dependencies for the alignment workshop.
 */
package dev.lodestar.dependencies.web;
