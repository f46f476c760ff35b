/**
 * The resources of the program across cycles: {@code /api/v1/calibration}.
 */
package dev.lodestar.maturity.api;
