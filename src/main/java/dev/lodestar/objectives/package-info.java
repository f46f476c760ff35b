/**
 * Objectives and their key results: what teams (or the whole company) want to achieve in
 * a cycle, how they will know, and how objectives align to higher objectives and key
 * results. A key result computes its own progress; an objective's progress is the
 * weighted mean of its key results'.
 */
package dev.lodestar.objectives;
