/**
 * A key result's page: its progress and confidence over time, its check-ins with their
 * comments, its lineage across cycles, and the check-in form.
 */
package dev.lodestar.objectives.web.keyresult;
