package dev.lodestar.coach.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.coach.Coach;
import dev.lodestar.coach.Draft;
import dev.lodestar.coach.Draft.KeyResultDraft;
import dev.lodestar.coach.Finding;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.InvalidInputException;

/**
 * The coach's answers: what it finds in a draft objective, in a stored one, and in a
 * whole cycle per team. Anyone signed in may ask; nothing is stored.
 */
@RestController
class CoachApi {

	private final Coach coach;

	CoachApi(Coach coach) {
		this.coach = coach;
	}

	@Operation(summary = "What the coach finds in a draft objective",
			description = "Checks an objective as it is being written against the rules of thumb of a good OKR; "
					+ "each finding names its rule, severity, field, the reason and what to do instead. Nothing is "
					+ "stored. A title or a key result's title over 200 characters, a description over 10,000 and "
					+ "more than 25 key results are refused naming the field, before any rule runs.")
	@PostMapping("/api/v1/coach")
	FindingsResource draft(@RequestBody DraftRequest body) {
		if (body.keyResults() != null && body.keyResults().size() > Coach.KEY_RESULTS_MAX) {
			throw InvalidInputException.of("keyResults",
					"must be at most " + Coach.KEY_RESULTS_MAX + " key results (are " + body.keyResults().size() + ")");
		}
		FieldErrors errors = new FieldErrors();
		if (body.title() == null || body.title().isBlank()) {
			errors.add("title", "must not be blank");
		}
		List<KeyResultRequest> keyResults = (body.keyResults() != null) ? body.keyResults() : List.of();
		for (int i = 0; i < keyResults.size(); i++) {
			if (keyResults.get(i) == null) {
				errors.add("keyResults[" + i + "]", "must be a key result");
			}
		}
		errors.throwIfAny();
		Draft draft = new Draft(null, (body.cycleId() != null) ? CycleId.fromField("cycleId", body.cycleId()) : null,
				(body.teamId() != null) ? List.of(TeamId.fromField("teamId", body.teamId())) : List.of(), body.title(),
				body.description(), body.kind(),
				keyResults.stream()
					.map((kr) -> new KeyResultDraft(null, kr.title(), kr.type(), kr.startValue(), kr.targetValue(),
							kr.unit(), (kr.metricId() != null) ? MetricId.fromField("metricId", kr.metricId()) : null,
							null))
					.toList());
		return new FindingsResource(this.coach.check(draft));
	}

	@Operation(summary = "What the coach finds in a stored objective",
			description = "The objective with its key results, checked as a draft would be.")
	@GetMapping("/api/v1/objectives/{id}/coach")
	FindingsResource objective(@PathVariable String id) {
		return new FindingsResource(this.coach.check(ObjectiveId.fromPath(id)));
	}

	@Operation(summary = "The coach's findings in a cycle, per team",
			description = "Every objective of the cycle that is not archived, checked with its key results: the "
					+ "findings in all, per team (a shared objective counts in each of its teams; the teams with the "
					+ "most warnings first) and for the company-wide objectives, each with how often every rule was "
					+ "broken, the most often first.")
	@GetMapping("/api/v1/cycles/{id}/coach")
	CycleSummaryResource cycle(@PathVariable String id) {
		return CycleSummaryResource.of(this.coach.summarize(CycleId.fromPath(id)));
	}

	/**
	 * A draft objective: what has been typed so far.
	 *
	 * @param teamId the team that would own it; none for a company-wide objective
	 * @param keyResults at most 25
	 */
	record DraftRequest(String cycleId, String teamId, String title, String description, ObjectiveKind kind,
			List<KeyResultRequest> keyResults) {
	}

	/**
	 * A draft key result.
	 *
	 * @param type optional while it is not chosen
	 */
	record KeyResultRequest(String title, KeyResultType type, Double startValue, Double targetValue, String unit,
			String metricId) {
	}

	/** What the coach found, warnings first. */
	record FindingsResource(List<Finding> findings) {
	}

	/**
	 * A cycle's findings: in all, per team with the most warnings first, and for the
	 * company-wide objectives.
	 */
	record CycleSummaryResource(CycleId cycleId, int objectives, int warnings, int infos, Map<String, Integer> rules,
			List<TeamResource> teams, CompanyResource company) {

		static CycleSummaryResource of(Coach.CycleSummary summary) {
			Coach.TeamSummary company = summary.company();
			return new CycleSummaryResource(summary.cycleId(), summary.objectives(), summary.warnings(),
					summary.infos(), summary.rules(),
					summary.teams()
						.stream()
						.map((team) -> new TeamResource(team.teamId(), team.name(), team.objectives(), team.warnings(),
								team.infos(), team.rules()))
						.toList(),
					new CompanyResource(company.objectives(), company.warnings(), company.infos(), company.rules()));
		}

	}

	/**
	 * One team's findings: a shared objective counts in each of its teams.
	 *
	 * @param rules how often each rule was broken, the most often first
	 */
	record TeamResource(TeamId teamId, String name, int objectives, int warnings, int infos,
			Map<String, Integer> rules) {
	}

	/** The findings of the company-wide objectives. */
	record CompanyResource(int objectives, int warnings, int infos, Map<String, Integer> rules) {
	}

}
