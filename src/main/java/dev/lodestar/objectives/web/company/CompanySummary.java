package dev.lodestar.objectives.web.company;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResultQueries.Change;
import dev.lodestar.objectives.KeyResultQueries;
import dev.lodestar.objectives.KeyResultQueries.CyclePaces;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.Pace;
import dev.lodestar.organization.TeamId;
import dev.lodestar.objectives.web.PaceBar;
import dev.lodestar.web.ChartFrame;
import dev.lodestar.web.Format;

/**
 * What the company page opens on: each team's progress against expected with its status,
 * how confident the owners of the cycle's key results are, and what moved in the last
 * seven days. It describes the whole cycle (archived objectives left out), whatever the
 * list below is filtered by.
 *
 * @param elapsed the share of the cycle passed
 * @param teams in a small organisation the company-wide objectives first, then every team
 * with objectives, by name; in a large one the {@link #TEAMS_SHOWN} furthest behind
 * @param teamCount every team with objectives (the company-wide ones counted as one)
 * @param confidence how many key results stand in each band, roll-ups left out
 * @param moves the key results that moved most in the last seven days, at most
 * {@link #MOVES}
 */
record CompanySummary(double elapsed, List<TeamPace> teams, int teamCount, Map<ConfidenceBand, Long> confidence,
		List<Move> moves) {

	/**
	 * How many teams' bars the summary draws at most: beyond that (the benchmark's 1,000
	 * teams) the ones furthest behind what is expected, so the page stays a glance.
	 */
	static final int TEAMS_SHOWN = 12;

	static final int MOVES = 6;

	/** How far back "this week" reaches. */
	static final Duration WEEK = Duration.ofDays(7);

	static CompanySummary of(CyclePaces paces, List<Change> changes, Map<TeamId, String> teamNames, double elapsed) {
		List<TeamPace> teams = paces.teams().stream().map(TeamPace::of).toList();
		if (paces.teamCount() <= TEAMS_SHOWN) {
			teams = teams.stream()
				.sorted(Comparator.comparing((TeamPace team) -> team.id() != null)
					.thenComparing(TeamPace::name, String.CASE_INSENSITIVE_ORDER)
					.thenComparing(TeamPace::id, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		}
		return new CompanySummary(elapsed, teams, paces.teamCount(), new EnumMap<>(paces.confidence()),
				moves(changes, teamNames));
	}

	/** Whether some teams' bars are left out ({@link #TEAMS_SHOWN}). */
	public boolean teamsLeftOut() {
		return this.teamCount > this.teams.size();
	}

	private static List<Move> moves(List<Change> changes, Map<TeamId, String> teamNames) {
		return changes.stream()
			.filter(Change::changed)
			.sorted(Comparator.comparingDouble((Change change) -> -Math.abs(change.progressMoved()))
				.thenComparing((Change change) -> -Math.abs(change.confidenceMoved()))
				.thenComparing(Change::title)
				.thenComparing((Change change) -> change.id().value()))
			.limit(MOVES)
			.map((change) -> Move.of(change, teamNames))
			.toList();
	}

	/** Whether there is anything to sum up: an objective in the cycle. */
	public boolean any() {
		return !this.teams.isEmpty();
	}

	/** The key results counted in the confidence bands. */
	public long keyResults() {
		return this.confidence.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The confidence bands with their counts, in order, each drawn as a share of the bar.
	 */
	public List<BandCount> bands() {
		long total = keyResults();
		List<BandCount> bands = new ArrayList<>();
		double x = 0;
		for (ConfidenceBand band : List.of(ConfidenceBand.ON_TRACK, ConfidenceBand.AT_RISK, ConfidenceBand.OFF_TRACK,
				ConfidenceBand.UNKNOWN)) {
			long count = this.confidence.get(band);
			double width = (total > 0) ? 100.0 * count / total : 0;
			bands.add(new BandCount(band.css(), (band == ConfidenceBand.UNKNOWN) ? "not yet rated" : band.label(),
					count, ChartFrame.number(x), ChartFrame.number(width)));
			x += width;
		}
		return bands;
	}

	/**
	 * A confidence band's count and its place on the stacked bar, in hundredths of its
	 * width.
	 */
	record BandCount(String css, String label, long count, String x, String width) {
	}

	/**
	 * A team's (or, with a {@code null} id, the company-wide objectives') progress
	 * against what is expected by today, and its status.
	 *
	 * @param id the team, or {@code null} for the company-wide objectives
	 * @param objectives how many objectives it owns in the cycle
	 * @param progress the mean progress of its objectives
	 * @param expected the mean progress expected of them by today ({@link Pace})
	 * @param meanConfidence the mean confidence of its rated key results, or {@code null}
	 * @param status the worse of its pace and its confidence
	 */
	record TeamPace(String id, String name, int objectives, double progress, double expected, Double meanConfidence,
			ConfidenceBand status) {

		static TeamPace of(KeyResultQueries.TeamPace team) {
			return new TeamPace((team.teamId() != null) ? team.teamId().toString() : null, team.name(),
					team.objectives(), team.progress(), team.expected(), team.meanConfidence(),
					Pace.status(team.progress(), team.expected(), team.meanConfidence()));
		}

		/** The end of the progress bar, in hundredths of its width. */
		public String progressX() {
			return PaceBar.x(this.progress);
		}

		/** Where the expected tick stands, in hundredths of the bar's width. */
		public String expectedX() {
			return PaceBar.x(this.expected);
		}

		/** The mean confidence with one decimal, or {@code null}. */
		public String confidenceText() {
			return PaceBar.confidence(this.meanConfidence);
		}

	}

	/**
	 * A key result that moved: its value and confidence before and now, and how far its
	 * progress went.
	 */
	record Move(String id, String title, String teamName, boolean milestone, String before, String now,
			Integer confidenceBefore, Integer confidenceNow, long points) {

		static Move of(Change change, Map<TeamId, String> teamNames) {
			boolean milestone = change.type() == KeyResultType.MILESTONE;
			String unit = (change.unit() != null) ? " " + change.unit()
					: (change.type() == KeyResultType.PERCENTAGE) ? " %" : "";
			return new Move(change.id().toString(), change.title(),
					(change.teamId() != null) ? teamNames.getOrDefault(change.teamId(), "A removed team")
							: "Company-wide",
					milestone, milestone ? done(change.before()) : Format.figure(change.before()) + unit,
					milestone ? done(change.now()) : Format.figure(change.now()) + unit, change.confidenceBefore(),
					change.confidenceNow(), Math.round(change.progressMoved() * 100));
		}

		private static String done(double value) {
			return (value == 1.0) ? "done" : "not done";
		}

		/** The progress moved in points, signed: {@code +12 pts}, {@code −5 pts}. */
		public String pointsText() {
			return (this.points > 0) ? "+" + this.points + " pts"
					: (this.points < 0) ? "−" + (-this.points) + " pts" : "no change in progress";
		}

		public String direction() {
			return (this.points > 0) ? "up" : (this.points < 0) ? "down" : "level";
		}

		public boolean confidenceChanged() {
			return this.confidenceNow != null && !this.confidenceNow.equals(this.confidenceBefore);
		}

	}

}
