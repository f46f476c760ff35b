package dev.lodestar.gaps.web;

import java.time.Instant;
import java.util.List;

import dev.lodestar.gaps.Gap;
import dev.lodestar.gaps.GapFlag;
import dev.lodestar.objectives.ConfidenceBand;

/**
 * One key result on the gaps page, in the words and figures the page shows.
 *
 * @param keyResultId the key result's id
 * @param title its title
 * @param objectiveId its objective's id
 * @param objectiveTitle its objective's title
 * @param teamId the team's id, {@code null} for a company-wide objective
 * @param teamName the team's name, or "Company-wide"
 * @param progressPercent progress, 0 to 100
 * @param expectedPercent expected progress, 0 to 100
 * @param gapText how far behind or ahead, in percentage points
 * @param behind whether it is behind the expected progress
 * @param confidence the latest confidence, or {@code null}
 * @param band how the confidence reads
 * @param changeText the change of confidence ("−2", "+1"), or {@code null}
 * @param dropped whether confidence dropped by two or more
 * @param lastCheckInAt the last check-in, or {@code null}
 * @param flags the warning signs
 * @param milestone whether it is a milestone (done or not, due by the cycle's end)
 * @param why why a key result behind the cycle's pace reads on track, or {@code null}
 */
record GapRow(String keyResultId, String title, String objectiveId, String objectiveTitle, String teamId,
		String teamName, long progressPercent, long expectedPercent, String gapText, boolean behind, Integer confidence,
		ConfidenceBand band, String changeText, boolean dropped, Instant lastCheckInAt, List<GapFlag> flags,
		boolean milestone, String why) {

	static GapRow of(Gap gap, String teamName) {
		long points = Math.round(gap.gap() * 100);
		boolean done = gap.progress() >= 1;
		String gapText = gap.milestone() ? (done ? "done" : (points > 0) ? "overdue" : "not due yet")
				: (points > 0) ? points + " pts behind" : (points < 0) ? -points + " pts ahead" : "on pace";
		ConfidenceBand band = ConfidenceBand.of(gap.confidence());
		String why = (points > 0 && band == ConfidenceBand.ON_TRACK)
				? "Behind the cycle's pace, yet its owner's confidence is on track: worth asking what will close the gap."
				: null;
		Integer change = gap.confidenceChange();
		String changeText = (change == null || change == 0) ? null : (change > 0 ? "+" + change : "−" + -change);
		return new GapRow(gap.keyResultId().toString(), gap.title(), gap.objectiveId().toString(), gap.objectiveTitle(),
				(gap.teamId() != null) ? gap.teamId().toString() : null, teamName, Math.round(gap.progress() * 100),
				Math.round(gap.expectedProgress() * 100), gapText, points > 0, gap.confidence(), band, changeText,
				gap.has(GapFlag.CONFIDENCE_DROP), gap.lastCheckInAt(), gap.flags().stream().sorted().toList(),
				gap.milestone(), why);
	}

	/**
	 * The progress against what is expected, in words: "30 % done · 50 % expected", or
	 * for a milestone "not done · due by the cycle's end".
	 */
	public String figures() {
		if (this.milestone) {
			return (this.progressPercent >= 100) ? "done" : "not done · due by the cycle's end";
		}
		return this.progressPercent + " % done · " + this.expectedPercent + " % expected";
	}

	/** The gap's style: red only when behind without a confidence that says otherwise. */
	public String gapCss() {
		if (!this.behind) {
			return "gap-ahead";
		}
		return (this.why != null) ? "gap-behind-confident" : "gap-behind";
	}

	/** What a screen reader says for the bar. */
	public String barLabel() {
		return "Progress " + this.progressPercent + " %, expected by now " + this.expectedPercent + " %";
	}

}
