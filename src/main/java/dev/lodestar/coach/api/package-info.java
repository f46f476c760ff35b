/**
 * The coach over HTTP: {@code POST /api/v1/coach} for a draft, {@code GET
 * /api/v1/objectives/{id}/coach} for a stored objective, and {@code GET
 * /api/v1/cycles/{id}/coach} for a cycle's findings per team.
 */
package dev.lodestar.coach.api;
