/**
 * Key results fed by data: an inbound hook per key result, with its own HMAC secret, that
 * a BI job or a CI pipeline calls with a new value, and a bulk update from CSV that is
 * previewed row by row and then applied all at once or not at all. The check-ins these
 * make say where they came from ({@code webhook} or {@code import}).
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization" })
package dev.lodestar.feeds;

import org.springframework.modulith.ApplicationModule;
