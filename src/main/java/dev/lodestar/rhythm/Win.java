package dev.lodestar.rhythm;

import java.time.Instant;
import java.util.Locale;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.PersonId;
import dev.lodestar.web.Format;

/**
 * A win of a team's week. A key result whose progress rose ({@code PROGRESS}, from one
 * value to another), a milestone done ({@code MILESTONE}), or a win a person wrote
 * ({@code WRITTEN}); the components that do not apply to the kind are {@code null}.
 */
public record Win(Kind kind, Instant at, KeyResultId keyResultId, String title, Double from, Double to,
		Double fromProgress, Double toProgress, String unit, WinId writtenId, PersonId authorId) {

	static Win progress(KeyResultId keyResult, String title, Instant at, double from, double to, double fromProgress,
			double toProgress, String unit) {
		return new Win(Kind.PROGRESS, at, keyResult, title, from, to, fromProgress, toProgress, unit, null, null);
	}

	static Win milestone(KeyResultId keyResult, String title, Instant at) {
		return new Win(Kind.MILESTONE, at, keyResult, title, null, null, null, null, null, null, null);
	}

	static Win written(WrittenWin win) {
		return new Win(Kind.WRITTEN, win.at(), null, win.text(), null, null, null, null, null, win.id(),
				win.authorId());
	}

	/**
	 * How the value moved, as in "was 10 teams, now 30 teams"; {@code null} unless
	 * progress rose.
	 */
	public String valueChange() {
		if (this.kind != Kind.PROGRESS) {
			return null;
		}
		return Format.change(this.from, this.to, this.unit);
	}

	/**
	 * How the progress moved, as in "progress was 25 %, now 50 %"; {@code null} unless
	 * progress rose.
	 */
	public String progressChange() {
		if (this.kind != Kind.PROGRESS) {
			return null;
		}
		return "progress was " + percent(this.fromProgress) + ", now " + percent(this.toProgress);
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

	/**
	 * What kind of win it is.
	 */
	public enum Kind {

		PROGRESS, MILESTONE, WRITTEN;

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
