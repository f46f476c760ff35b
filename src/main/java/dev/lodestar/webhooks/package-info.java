/**
 * Outbound webhooks: an admin subscribes another tool of the organisation (a chat
 * channel, an automation, a data pipeline) to Lodestar's events — check-ins recorded, key
 * results slipping to at risk, objectives published, cycles changing phase, teams asking
 * each other for something and deciding on it. Each event becomes a stored delivery per
 * subscribed webhook in the same transaction as its cause, and a background job posts it,
 * signed with the webhook's secret, as plain JSON or as a Slack or Microsoft Teams
 * message, retrying with backoff and logging every attempt.
 */
@ApplicationModule(allowedDependencies = { "cycles", "dependencies", "jobs", "objectives", "organization" })
package dev.lodestar.webhooks;

import org.springframework.modulith.ApplicationModule;
