/**
 * Check-ins: the dated updates of a key result (a new value, a confidence from 1 to 10, a
 * note and blockers) that carry the weekly rhythm of an OKR program. Publishes
 * {@link dev.lodestar.checkins.CheckInRecorded} for whoever wants to react to one.
 */
package dev.lodestar.checkins;
