package dev.lodestar.coach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.ObjectivesOfCycle;
import dev.lodestar.organization.Team;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.FieldErrors;

/**
 * The OKR coach: runs every {@link CoachRule} bean over drafts and stored objectives, and
 * sums a cycle's findings per team. The work is bounded before any rule runs: a draft
 * whose title, why or key results are beyond what an objective may hold is refused naming
 * the field, so that no request makes the rules read megabytes. Nothing here blocks
 * saving: the coach only advises.
 */
@Service
@Transactional(readOnly = true)
public class Coach {

	/**
	 * The most key results the coach reads on one draft: five is the advice, 25 the
	 * bound.
	 */
	public static final int KEY_RESULTS_MAX = 25;

	/** How many of a team's objectives with the most warnings a summary names. */
	static final int WORST_SHOWN = 3;

	private final List<CoachRule> rules;

	private final Cycles cycles;

	private final Teams teams;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final ObjectivesOfCycle ofCycle;

	Coach(ObjectProvider<CoachRule> rules, Cycles cycles, Teams teams, Objectives objectives, KeyResults keyResults,
			ObjectivesOfCycle ofCycle) {
		this.rules = rules.orderedStream().toList();
		this.cycles = cycles;
		this.teams = teams;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.ofCycle = ofCycle;
	}

	/** The names of the rules the coach runs, in their order. */
	public List<String> ruleNames() {
		return this.rules.stream().map(CoachRule::name).toList();
	}

	/**
	 * What the coach finds in a draft, warnings first. The draft is checked against the
	 * bounds first ({@link #bounds}), then its cycle and teams must exist; each broken
	 * rule names its field.
	 */
	public List<Finding> check(Draft draft) {
		FieldErrors errors = bounds(draft);
		errors.throwIfAny();
		if (draft.cycleId() == null) {
			errors.add("cycleId", "is required");
		}
		else if (!this.cycles.exists(draft.cycleId())) {
			errors.add("cycleId", "is not a known cycle");
		}
		for (int i = 0; i < draft.teamIds().size(); i++) {
			if (!this.teams.exists(draft.teamIds().get(i))) {
				errors.add((i == 0) ? "teamId" : "teamIds[" + i + "]", "is not a known team");
			}
		}
		errors.throwIfAny();
		return run(List.of(draft)).of(draft);
	}

	/**
	 * What the coach finds in a stored objective with its key results; an unknown one is
	 * not found.
	 */
	public List<Finding> check(ObjectiveId id) {
		Objective objective = this.objectives.get(id);
		Draft draft = Draft.of(objective, this.keyResults.ofObjective(id));
		return run(List.of(draft)).of(draft);
	}

	/**
	 * The stored objective as a draft, for a form that coaches changes to it as they are
	 * typed.
	 */
	public Draft stored(ObjectiveId id) {
		return Draft.of(this.objectives.get(id), this.keyResults.ofObjective(id));
	}

	/**
	 * Whether a key result reads as an outcome (a measurable change) rather than a piece
	 * of work, as the rule {@code output-not-outcome} reads it; {@code null} for what it
	 * does not read (a roll-up, measured by its contributors, or a blank title). A title
	 * that leads with the work but names the change counts as an outcome.
	 */
	public static Boolean readsAsOutcome(Draft.KeyResultDraft keyResult) {
		return switch (OutputNotOutcomeRule.verdict(keyResult)) {
			case OUTCOME, LEADS_WITH_WORK -> true;
			case NOT_READ -> null;
			default -> false;
		};
	}

	/**
	 * What the coach finds in drafts already known to be within bounds, such as a form's
	 * (whose bounds the caller checked) or a cycle's stored objectives.
	 */
	public Findings run(List<Draft> drafts) {
		Findings findings = new Findings();
		for (CoachRule rule : this.rules) {
			rule.check(drafts, findings);
		}
		return findings;
	}

	/**
	 * Where a draft is beyond what the coach reads: a title of more than 200 characters,
	 * a why of more than 10,000, more than {@value #KEY_RESULTS_MAX} key results, a key
	 * result's title of more than 200. The number of key results is checked before any of
	 * them is read. A blank title is allowed: the coach reads what is typed so far.
	 */
	public static FieldErrors bounds(Draft draft) {
		FieldErrors errors = new FieldErrors();
		atMost(errors, "title", draft.title(), FieldErrors.TITLE_MAX);
		atMost(errors, "description", draft.description(), FieldErrors.TEXT_MAX);
		if (draft.keyResults().size() > KEY_RESULTS_MAX) {
			errors.add("keyResults",
					"must be at most " + KEY_RESULTS_MAX + " key results (are " + draft.keyResults().size() + ")");
			return errors;
		}
		for (int i = 0; i < draft.keyResults().size(); i++) {
			atMost(errors, Draft.keyResultField(i, "title"), draft.keyResults().get(i).title(), FieldErrors.TITLE_MAX);
		}
		return errors;
	}

	private static void atMost(FieldErrors errors, String field, String text, int max) {
		if (text == null) {
			return;
		}
		int characters = text.strip().codePointCount(0, text.strip().length());
		if (characters > max) {
			errors.add(field, "must be at most " + max + " characters (is " + characters + ")");
		}
	}

	/**
	 * A cycle's findings summed per team, the teams with the most warnings first, and the
	 * company-wide objectives apart: every objective of the cycle that is not archived,
	 * with its key results, checked in one batch. A fixed number of statements however
	 * many objectives the cycle holds; an unknown cycle is not found.
	 */
	public CycleSummary summarize(CycleId id) {
		Cycle cycle = this.cycles.get(id);
		List<Draft> drafts = this.ofCycle.open(id)
			.stream()
			.map((objective) -> Draft.of(objective.objective(), objective.keyResults()))
			.toList();
		Findings findings = run(drafts);
		Map<TeamId, Tally> byTeam = new HashMap<>();
		Tally company = new Tally(null, "Company-wide");
		Tally all = new Tally(null, "All");
		for (Draft draft : drafts) {
			List<Finding> found = findings.of(draft);
			all.add(draft, found);
			if (draft.companyWide()) {
				company.add(draft, found);
			}
			for (TeamId team : draft.teamIds()) {
				byTeam.computeIfAbsent(team, (key) -> new Tally(key, null)).add(draft, found);
			}
		}
		if (!byTeam.isEmpty()) {
			for (Team team : this.teams.all()) {
				Tally tally = byTeam.get(team.id());
				if (tally != null) {
					tally.name = team.name();
				}
			}
		}
		List<TeamSummary> teams = byTeam.values()
			.stream()
			.map(Tally::summary)
			.sorted(Comparator.comparingInt(TeamSummary::warnings)
				.reversed()
				.thenComparing(Comparator.comparingInt(TeamSummary::infos).reversed())
				.thenComparing((summary) -> (summary.name() != null) ? summary.name() : ""))
			.toList();
		TeamSummary total = all.summary();
		return new CycleSummary(cycle.id(), cycle.name(), total.objectives(), total.warnings(), total.infos(),
				total.rules(), teams, company.summary());
	}

	/** A running sum of what was found in one team's objectives. */
	private static final class Tally {

		private final TeamId team;

		private String name;

		private int objectives;

		private int warnings;

		private int infos;

		private final Map<String, Integer> rules = new HashMap<>();

		private final List<Flagged> flagged = new ArrayList<>();

		Tally(TeamId team, String name) {
			this.team = team;
			this.name = name;
		}

		void add(Draft draft, List<Finding> found) {
			this.objectives++;
			int warnings = (int) found.stream().filter((finding) -> finding.severity() == Severity.WARNING).count();
			this.warnings += warnings;
			this.infos += found.size() - warnings;
			found.forEach((finding) -> this.rules.merge(finding.rule(), 1, Integer::sum));
			if (!found.isEmpty()) {
				this.flagged.add(new Flagged(draft.objectiveId(), draft.title(), warnings, found.size() - warnings));
			}
		}

		TeamSummary summary() {
			Map<String, Integer> rules = new LinkedHashMap<>();
			this.rules.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.forEach((entry) -> rules.put(entry.getKey(), entry.getValue()));
			List<Flagged> worst = this.flagged.stream()
				.sorted(Comparator.comparingInt(Flagged::warnings)
					.reversed()
					.thenComparing(Comparator.comparingInt(Flagged::infos).reversed()))
				.limit(WORST_SHOWN)
				.toList();
			return new TeamSummary(this.team, this.name, this.objectives, this.warnings, this.infos, rules, worst);
		}

	}

	/**
	 * A cycle's findings: in all, per team (the most warnings first) and for the
	 * company-wide objectives.
	 */
	public record CycleSummary(CycleId cycleId, String cycleName, int objectives, int warnings, int infos,
			Map<String, Integer> rules, List<TeamSummary> teams, TeamSummary company) {
	}

	/**
	 * The findings of one team's objectives in a cycle (a shared objective counts in each
	 * of its teams): how many objectives, warnings and infos, how often each rule was
	 * broken (the most often first), and the objectives with the most warnings.
	 */
	public record TeamSummary(TeamId teamId, String name, int objectives, int warnings, int infos,
			Map<String, Integer> rules, List<Flagged> worst) {
	}

	/** An objective the coach found something in. */
	public record Flagged(ObjectiveId id, String title, int warnings, int infos) {
	}

}
