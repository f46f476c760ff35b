/**
 * The vocabulary every feature shares: the domain's failures (not found, conflict,
 * forbidden, invalid input, stale version), field-level validation and paging of lists.
 * Depends on no other feature.
 */
package dev.lodestar.shared;
