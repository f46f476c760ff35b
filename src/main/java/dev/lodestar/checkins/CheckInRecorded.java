package dev.lodestar.checkins;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.Objective;

/**
 * A check-in was recorded; {@code before} and {@code after} are the key result around it,
 * {@code objective} the objective it belongs to, as the check-in read them.
 */
public record CheckInRecorded(CheckIn checkIn, KeyResult before, KeyResult after, Objective objective) {
}
