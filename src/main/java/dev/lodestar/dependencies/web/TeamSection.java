package dev.lodestar.dependencies.web;

import java.util.List;
import java.util.Map;

/**
 * What a team's page shows of its dependencies in a cycle: what it asked of other teams,
 * what other teams asked of it, and the form to ask another team.
 *
 * @param mayAsk whether the person looking may ask other teams on the team's behalf now
 * @param keyResults the team's key results in the cycle, which a request may be for
 * @param errors why the last request was refused, by field
 */
record TeamSection(String teamId, String cycleId, String cycleName, List<DependencyRow> askedOfOthers,
		List<DependencyRow> askedOfUs, boolean mayAsk, AskForm form, Map<String, String> errors,
		List<Option> keyResults) {

	public String action() {
		return "/teams/" + this.teamId + "/dependencies";
	}

	public String workshop() {
		return "/cycles/" + this.cycleId + "/dependencies";
	}

	/** The field of the form that needs fixing first, or {@code null}. */
	public String focus() {
		return AskForm.FIELDS.stream().filter(this.errors::containsKey).findFirst().orElse(null);
	}

	public long waitingOnUs() {
		return this.askedOfUs.stream().filter(DependencyRow::open).count();
	}

	/** One option of a select: the value sent and the text shown. */
	record Option(String value, String label) {
	}

}
