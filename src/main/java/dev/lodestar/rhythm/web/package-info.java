/**
 * The Monday and Friday pages of a team's week, with their in-place changes.
 */
package dev.lodestar.rhythm.web;
