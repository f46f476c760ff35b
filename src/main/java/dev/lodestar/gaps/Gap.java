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
 * behind, negative when ahead.
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
 */
public record Gap(KeyResultId keyResultId, ObjectiveId objectiveId, String objectiveTitle, TeamId teamId, String title,
		double progress, double expectedProgress, Integer confidence, Integer previousConfidence, Instant lastCheckInAt,
		Set<GapFlag> flags) {

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
			Instant lastCheckInAt, Instant cycleStart, Instant now) {
		return new Gap(keyResultId, objectiveId, objectiveTitle, teamId, title, progress, expectedProgress, confidence,
				previousConfidence, lastCheckInAt,
				flags(confidence, previousConfidence, lastCheckInAt, cycleStart, now));
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

	/** Expected less actual progress: positive when behind, negative when ahead. */
	public double gap() {
		return this.expectedProgress - this.progress;
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
