package dev.lodestar.webhooks;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectivePublished;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.People;
import dev.lodestar.organization.Teams;
import dev.lodestar.web.Format;

/**
 * Tells of changes to the plan: {@code objective.published} and
 * {@code cycle.phase-changed}.
 */
@Component
class PlanNotices {

	private final Objectives objectives;

	private final Cycles cycles;

	private final People people;

	private final Teams teams;

	private final Links links;

	private final Format format;

	private final Clock clock;

	PlanNotices(Objectives objectives, Cycles cycles, People people, Teams teams, Links links, Format format,
			Clock clock) {
		this.objectives = objectives;
		this.cycles = cycles;
		this.people = people;
		this.teams = teams;
		this.links = links;
		this.format = format;
		this.clock = clock;
	}

	Notice of(ObjectivePublished published) {
		ObjectiveView view = this.objectives.view(published.objective().id());
		Objective objective = view.objective();
		Cycle cycle = this.objectives.cycleOf(objective);
		String team = (objective.teamId() != null) ? this.teams.get(objective.teamId()).name() : null;
		String by = this.people.get(published.by()).name();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("objective", objective(view, cycle, team));
		data.put("publishedBy", CheckInNotices.person(published.by(), by));
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Cycle", cycle.name());
		facts.put("Team", (team != null) ? team : "The whole company");
		facts.put("Kind", objective.kind().value());
		facts.put("Key results", Integer.toString(view.keyResults().size()));
		String sentence = by + " published “" + objective.title() + "” for "
				+ ((team != null) ? team : "the whole company") + " in " + cycle.name() + ".";
		return new Notice(WebhookEvent.OBJECTIVE_PUBLISHED, this.clock.instant(), "Objective published", sentence,
				this.links.objective(objective.id()), "Open the objective", facts, data);
	}

	Notice of(CyclePhaseChanged changed) {
		Cycle cycle = this.cycles.get(changed.cycleId());
		String by = this.people.get(changed.by()).name();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("cycle", cycle(cycle, changed));
		data.put("changedBy", CheckInNotices.person(changed.by(), by));
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Cycle", cycle.name());
		facts.put("From", changed.from().value());
		facts.put("To", changed.to().value());
		facts.put("Dates", this.format.day(cycle.startDate()) + " – " + this.format.day(cycle.endDate()));
		String sentence = by + " moved " + cycle.name() + " from " + changed.from().value() + " to "
				+ changed.to().value() + ". " + changed.to().purpose();
		return new Notice(WebhookEvent.CYCLE_PHASE_CHANGED, this.clock.instant(),
				"Cycle moved to " + changed.to().value(), sentence, this.links.cycles(), "Open the cycles", facts,
				data);
	}

	private Map<String, Object> cycle(Cycle cycle, CyclePhaseChanged changed) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", cycle.id().toString());
		data.put("name", cycle.name());
		data.put("startDate", cycle.startDate().toString());
		data.put("endDate", cycle.endDate().toString());
		data.put("phase", changed.to().value());
		data.put("previousPhase", changed.from().value());
		data.put("link", this.links.cycles());
		return data;
	}

	private Map<String, Object> objective(ObjectiveView view, Cycle cycle, String team) {
		Objective objective = view.objective();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", objective.id().toString());
		data.put("title", objective.title());
		data.put("description", objective.description());
		data.put("kind", objective.kind().value());
		data.put("status", objective.status().value());
		data.put("cycleId", cycle.id().toString());
		data.put("cycle", cycle.name());
		data.put("teamId", (objective.teamId() != null) ? objective.teamId().toString() : null);
		data.put("teamIds", objective.teamIds().stream().map(Object::toString).toList());
		data.put("team", team);
		data.put("progress", view.progress());
		data.put("link", this.links.objective(objective.id()));
		List<Object> keyResults = view.keyResults().stream().<Object>map((kr) -> keyResult(kr, this.links)).toList();
		data.put("keyResults", keyResults);
		return data;
	}

	static Map<String, Object> keyResult(KeyResult keyResult, Links links) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", keyResult.id().toString());
		data.put("title", keyResult.title());
		data.put("type", keyResult.type().value());
		data.put("ownerId", keyResult.ownerId().toString());
		data.put("startValue", keyResult.startValue());
		data.put("targetValue", keyResult.targetValue());
		data.put("currentValue", keyResult.currentValue());
		data.put("unit", keyResult.unit());
		data.put("progress", keyResult.progress());
		data.put("confidence", keyResult.confidence());
		data.put("lastCheckInAt", (keyResult.lastCheckInAt() != null) ? keyResult.lastCheckInAt().toString() : null);
		data.put("link", links.keyResult(keyResult.id()));
		return data;
	}

}
