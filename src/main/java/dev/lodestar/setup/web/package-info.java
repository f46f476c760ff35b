/**
 * The pages of the setup wizard ({@code /admin/setup/...}), the readiness of a cycle
 * ({@code /cycles/{id}/readiness}) and the banner on My week that leads an admin to the
 * wizard until it is finished or dismissed.
 */
package dev.lodestar.setup.web;
