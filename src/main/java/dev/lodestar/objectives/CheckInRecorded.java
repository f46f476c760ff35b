package dev.lodestar.objectives;

/**
 * A check-in was recorded; {@code before} and {@code after} are the key result around it,
 * {@code objective} the objective it belongs to, as the check-in read them.
 */
public record CheckInRecorded(CheckIn checkIn, KeyResult before, KeyResult after, Objective objective) {
}
