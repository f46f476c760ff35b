/**
 * The survey's HTTP API under {@code /api/v1/cycles/{id}/survey}.
 */
package dev.lodestar.surveys.api;
