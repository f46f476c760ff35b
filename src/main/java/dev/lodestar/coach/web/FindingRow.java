package dev.lodestar.coach.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Finding;

/**
 * A finding as the panel shows it: its severity, the reason, the advice, and where it is
 * in words a person reads ("Why it matters", "Key result “Publish 10 blog posts”").
 */
record FindingRow(String rule, String severity, String where, String message, String advice) {

	private static final Pattern KEY_RESULT = Pattern.compile("keyResults\\[(\\d+)\\]\\.(\\w+)");

	private static final Map<String, String> FIELDS = Map.of("title", "Title", "description", "Why it matters", "kind",
			"Kind", "keyResults", "Key results", "teamId", "The team", "cycleId", "The company");

	static List<FindingRow> of(Draft draft, List<Finding> findings) {
		return findings.stream()
			.map((finding) -> new FindingRow(finding.rule(), finding.severity().value(), where(draft, finding.field()),
					finding.message(), finding.advice()))
			.toList();
	}

	private static String where(Draft draft, String field) {
		if (field == null) {
			return "The objective";
		}
		Matcher keyResult = KEY_RESULT.matcher(field);
		if (keyResult.matches()) {
			int index = Integer.parseInt(keyResult.group(1));
			String title = (index < draft.keyResults().size()) ? draft.keyResults().get(index).title() : null;
			String what = switch (keyResult.group(2)) {
				case "startValue" -> " (its start)";
				case "targetValue" -> " (its target)";
				default -> "";
			};
			return ((title != null && !title.isBlank()) ? "Key result “" + title.strip() + "”"
					: "Key result " + (index + 1)) + what;
		}
		return FIELDS.getOrDefault(field, field);
	}

	public boolean warning() {
		return "warning".equals(this.severity);
	}

}
