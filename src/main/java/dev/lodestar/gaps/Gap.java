package dev.lodestar.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.organization.TeamId;

/**
 * How far one key result is behind where it should be by now. The gap is the expected
 * progress (the share of the cycle passed) less the actual progress: positive when
 * behind, negative when ahead. A milestone is done or not and is due by the cycle's end,
 * so it is not behind before then: its gap is 0 until the cycle is over, then 1 while it
 * is not done.
 *
 * @param keyResultId the key result
 * @param objectiveId its objective
 * @param objectiveTitle the objective's title
 * @param teamId the objective's team, {@code null} for a company-wide one
 * @param title the key result's title
 * @param progress its progress, 0.0 to 1.0
 * @param expectedProgress the share of the cycle passed, 0.0 to 1.0
 * @param confidence the latest confidence, {@code null} before the first check-in
 * @param previousConfidence the confidence of the check-in before the latest, if any
 * @param lastCheckInAt when it was last checked in, {@code null} if never
 * @param flags the warning signs
 * @param milestone whether the key result is a milestone
 */
public record Gap(KeyResultId keyResultId, ObjectiveId objectiveId, String objectiveTitle, TeamId teamId, String title,
		double progress, double expectedProgress, Integer confidence, Integer previousConfidence, Instant lastCheckInAt,
		Set<GapFlag> flags, boolean milestone) {

	/** How long without a check-in makes a key result stale. */
	public static final Duration STALE_AFTER = Duration.ofDays(14);

	/** A fall in confidence of at least this much is flagged. */
	public static final int CONFIDENCE_DROP = -2;

	public Gap {
		flags = Set.copyOf(flags);
	}

	/**
	 * A key result's gap at {@code now}, its flags worked out from its check-ins and from
	 * when the cycle started.
	 */
	public static Gap of(KeyResultId keyResultId, ObjectiveId objectiveId, String objectiveTitle, TeamId teamId,
			String title, double progress, double expectedProgress, Integer confidence, Integer previousConfidence,
			Instant lastCheckInAt, Instant cycleStart, Instant now, boolean milestone) {
		return new Gap(keyResultId, objectiveId, objectiveTitle, teamId, title, progress, expectedProgress, confidence,
				previousConfidence, lastCheckInAt,
				flags(confidence, previousConfidence, lastCheckInAt, cycleStart, now), milestone);
	}

	/**
	 * The warning signs of a key result at {@code now}: stale without a check-in for
	 * {@link #STALE_AFTER} (counted from the cycle's start before the first), a fall in
	 * confidence of at least {@link #CONFIDENCE_DROP}, a confidence of at most
	 * {@link ConfidenceBand#OFF_TRACK} (1–3).
	 */
	public static Set<GapFlag> flags(Integer confidence, Integer previousConfidence, Instant lastCheckInAt,
			Instant cycleStart, Instant now) {
		Set<GapFlag> flags = EnumSet.noneOf(GapFlag.class);
		Instant staleSince = now.minus(STALE_AFTER);
		if ((lastCheckInAt != null) ? !lastCheckInAt.isAfter(staleSince) : !cycleStart.isAfter(staleSince)) {
			flags.add(GapFlag.STALE);
		}
		Integer change = change(confidence, previousConfidence);
		if (change != null && change <= CONFIDENCE_DROP) {
			flags.add(GapFlag.CONFIDENCE_DROP);
		}
		if (ConfidenceBand.of(confidence) == ConfidenceBand.OFF_TRACK) {
			flags.add(GapFlag.OFF_TRACK);
		}
		return flags;
	}

	/**
	 * Expected less actual progress: positive when behind, negative when ahead; for a
	 * milestone 0 until the cycle is over (1 after it while not done).
	 */
	public double gap() {
		return of(this.progress, this.expectedProgress, this.milestone);
	}

	/** The gap of a key result with this progress, expected progress and kind. */
	public static double of(double progress, double expectedProgress, boolean milestone) {
		if (milestone) {
			return (progress < 1 && expectedProgress >= 1) ? 1 : 0;
		}
		return expectedProgress - progress;
	}

	/**
	 * How much attention a key result needs, most first (0): an off-track confidence,
	 * then at risk, then no confidence yet, then on track. Within one level the biggest
	 * gap comes first.
	 */
	public static int attention(Integer confidence) {
		return switch (ConfidenceBand.of(confidence)) {
			case OFF_TRACK -> 0;
			case AT_RISK -> 1;
			case UNKNOWN -> 2;
			default -> 3;
		};
	}

	/** The latest confidence less the one before; {@code null} with fewer than two. */
	public Integer confidenceChange() {
		return change(this.confidence, this.previousConfidence);
	}

	public boolean has(GapFlag flag) {
		return this.flags.contains(flag);
	}

	private static Integer change(Integer latest, Integer previous) {
		return (latest != null && previous != null) ? latest - previous : null;
	}

}
