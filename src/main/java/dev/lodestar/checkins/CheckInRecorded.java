package dev.lodestar.checkins;

import dev.lodestar.objectives.KeyResult;

/**
 * A check-in was recorded; {@code before} and {@code after} are the key result around it.
 */
public record CheckInRecorded(CheckIn checkIn, KeyResult before, KeyResult after) {
}
