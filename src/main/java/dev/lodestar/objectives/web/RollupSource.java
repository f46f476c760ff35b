package dev.lodestar.objectives.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.TeamId;

/**
 * One objective a roll-up key result's progress comes from: its title and team (the teams
 * that share it, for a shared objective, which counts once), the weight of its link, and
 * its progress.
 */
public record RollupSource(String href, String title, String team, boolean shared, String weight, double progress) {

	/**
	 * The sources of each roll-up key result among the contributors of an objective's key
	 * results.
	 */
	public static Map<String, List<RollupSource>> byKeyResult(List<Objectives.Contributor> contributors,
			Map<TeamId, String> teamNames) {
		Map<String, List<RollupSource>> sources = new LinkedHashMap<>();
		contributors.stream().filter((one) -> one.link().keyResultId() != null).forEach((one) -> {
			KeyResultId target = one.link().keyResultId();
			sources.computeIfAbsent(target.toString(), (id) -> new java.util.ArrayList<>()).add(of(one, teamNames));
		});
		return sources;
	}

	public static RollupSource of(Objectives.Contributor contributor, Map<TeamId, String> teamNames) {
		return new RollupSource("/objectives/" + contributor.objective().id(), contributor.objective().title(),
				Owners.names(contributor.objective(), teamNames), contributor.objective().isShared(),
				weightLabel(contributor.link().weight()), contributor.progress());
	}

	/** A weight as a person reads it: "weight 2", "weight 0.5"; empty for the usual 1. */
	public static String weightLabel(double weight) {
		if (weight == 1.0) {
			return "";
		}
		return "weight " + ((weight == Math.rint(weight) && Math.abs(weight) < 1e9) ? String.valueOf((long) weight)
				: String.valueOf(weight));
	}

}
