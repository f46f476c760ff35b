/**
 * The vocabulary every feature shares: the domain's failures (not found, conflict,
 * forbidden, invalid input, stale version), field-level validation, paging of lists, and
 * the lock that lets instances started at once do a first start's work in turn. Depends
 * on no other feature.
 */
package dev.lodestar.shared;
