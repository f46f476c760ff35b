package dev.lodestar.objectives.web.team;

import java.util.List;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Pace;
import dev.lodestar.objectives.web.PaceBar;

/**
 * A team's objectives in a cycle at a glance: each one's progress against what is
 * expected by today and its status ({@link Pace}), archived ones left out. Made from the
 * objectives the page has already read, so it costs no statement.
 *
 * @param elapsed the share of the cycle passed
 */
record TeamGlance(double elapsed, List<Row> objectives) {

	static TeamGlance of(List<ObjectiveView> views, double elapsed) {
		return new TeamGlance(elapsed,
				views.stream()
					.filter((view) -> view.objective().status() != ObjectiveStatus.ARCHIVED)
					.map((view) -> Row.of(view, elapsed))
					.toList());
	}

	public boolean any() {
		return !this.objectives.isEmpty();
	}

	/** How many objectives have the status of this style name ({@code on-track}, ...). */
	public long count(String css) {
		return this.objectives.stream().filter((row) -> row.statusCss().equals(css)).count();
	}

	/**
	 * One objective: its progress, what is expected of it by today, the mean confidence
	 * of its rated key results, and its status, {@code null} while it has no key result.
	 */
	record Row(String id, String title, double progress, double expected, Double meanConfidence,
			ConfidenceBand status) {

		static Row of(ObjectiveView view, double elapsed) {
			List<KeyResult> keyResults = view.keyResults();
			double progress = view.progress();
			double expected = Pace.expectedOf(keyResults, elapsed);
			Double confidence = Pace.meanConfidence(keyResults);
			return new Row(view.objective().id().toString(), view.objective().title(), progress, expected, confidence,
					keyResults.isEmpty() ? null : Pace.status(progress, expected, confidence));
		}

		public String statusCss() {
			return (this.status != null) ? this.status.css() : ConfidenceBand.UNKNOWN.css();
		}

		public String statusLabel() {
			return (this.status != null) ? this.status.label() : "no key results yet";
		}

		public String progressX() {
			return PaceBar.x(this.progress);
		}

		public String expectedX() {
			return PaceBar.x(this.expected);
		}

		public String confidenceText() {
			return PaceBar.confidence(this.meanConfidence);
		}

	}

}
