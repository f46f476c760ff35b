/**
 * The metrics' pages: the library of metrics at {@code /metrics}, where admins, champions
 * and leads add them, and a metric's page, which charts its history across cycles with
 * each cycle's key results, baselines and targets marked.
 */
package dev.lodestar.objectives.web.metric;
