package dev.lodestar.objectives.web.company;

import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.ConfidenceBand;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.web.Owners;
import dev.lodestar.organization.TeamId;

/**
 * An objective in a list of many: its progress, kind and status, the teams that own it
 * (several for a shared objective), and its key results in a line each.
 */
record ObjectiveCard(String id, String title, String kind, String status, double progress, boolean atRisk,
		List<KeyResultLine> keyResults, Owners owners) {

	static ObjectiveCard of(ObjectiveView view, Map<TeamId, String> teamNames) {
		List<KeyResultLine> lines = view.keyResults().stream().map(KeyResultLine::of).toList();
		return new ObjectiveCard(view.objective().id().toString(), view.objective().title(),
				view.objective().kind().value(), view.objective().status().value(), view.progress(),
				lines.stream().anyMatch(KeyResultLine::atRisk), lines, Owners.of(view.objective(), teamNames));
	}

	/**
	 * A key result in a line: its progress and how confident its owner is.
	 */
	record KeyResultLine(String id, String title, double progress, Integer confidence, ConfidenceBand band) {

		static KeyResultLine of(KeyResult keyResult) {
			return new KeyResultLine(keyResult.id().toString(), keyResult.title(), keyResult.progress(),
					keyResult.confidence(), ConfidenceBand.of(keyResult.confidence()));
		}

		boolean atRisk() {
			return ConfidenceBand.belowOnTrack(this.confidence);
		}

		public String confidenceText() {
			return (this.confidence != null) ? this.confidence + " · " + this.band.label() : this.band.label();
		}

	}

}
