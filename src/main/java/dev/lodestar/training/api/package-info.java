/**
 * {@code /api/v1/training/...}: the modules, answering their questions, and who has
 * finished.
 */
package dev.lodestar.training.api;
