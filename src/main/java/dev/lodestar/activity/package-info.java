/**
 * The activity feed: what happened in the organisation, for the company and per team —
 * check-ins, objectives drafted and published, cycles moving to their next phase. It
 * listens to the events of the other features and writes each entry in the transaction of
 * what caused it; each entry reads as a sentence with a link to what it is about.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization" })
package dev.lodestar.activity;

import org.springframework.modulith.ApplicationModule;
