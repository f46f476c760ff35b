/**
 * The readiness of a cycle over HTTP: {@code GET /api/v1/cycles/{id}/readiness}.
 */
package dev.lodestar.setup.api;
