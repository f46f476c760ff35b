/**
 * The pages of overlaps: a cycle's list for the alignment workshop, and the notice on a
 * team's page.
 */
package dev.lodestar.overlaps.web;
