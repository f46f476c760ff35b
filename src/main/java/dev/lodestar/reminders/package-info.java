/**
 * Check-in reminders: on the organisation's check-in day, at its check-in time and in its
 * time zone, every person who owns a key result of a cycle in execute that has not been
 * checked in this week gets one mail that lists those key results with a link straight to
 * each check-in. A person chooses how often (every week, every other week, never); admins
 * and champions can send the reminders at once. The sweep runs as a db-scheduler job on
 * every instance, and a unique key per person and week lets only one of them send. Also
 * holds the pages and the API for the program's check-in rhythm.
 */
@ApplicationModule(allowedDependencies = { "mail", "objectives", "organization" })
package dev.lodestar.reminders;

import org.springframework.modulith.ApplicationModule;
