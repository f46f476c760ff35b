package dev.lodestar.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;

/**
 * The library of templates: the built-in ones and the organisation's own, found by area
 * and words; adding and deleting the organisation's (admins and champions); and starting
 * a draft objective from a template, which is stored whole or not at all.
 */
@Service
@Transactional
public class Templates {

	private final BuiltInTemplates builtIn;

	private final TemplateStore store;

	private final TemplateUses uses;

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final Cycles cycles;

	private final Teams teams;

	private final Clock clock;

	Templates(BuiltInTemplates builtIn, TemplateStore store, TemplateUses uses, Objectives objectives,
			KeyResults keyResults, Cycles cycles, Teams teams, Clock clock) {
		this.builtIn = builtIn;
		this.store = store;
		this.uses = uses;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * The templates of an area (or every area) whose title or description has all of some
	 * words, by area, the built-in ones first: one statement for the organisation's,
	 * which are few.
	 */
	@Transactional(readOnly = true)
	public ResultPage<Template> find(String words, Area area, Paging paging) {
		List<Template> found = new ArrayList<>();
		found.addAll(this.builtIn.all());
		found.addAll(this.store.all());
		List<Template> matching = found.stream()
			.filter((template) -> area == null || template.area() == area)
			.filter((template) -> template.matches(words))
			.sorted(Comparator.comparing(Template::area))
			.toList();
		List<Template> page = matching.stream().skip(paging.offset()).limit(paging.limit()).toList();
		return new ResultPage<>(page, matching.size());
	}

	@Transactional(readOnly = true)
	public Template get(TemplateId id) {
		return this.builtIn.all()
			.stream()
			.filter((template) -> template.id().equals(id))
			.findFirst()
			.or(() -> this.store.all().stream().filter((template) -> template.id().equals(id)).findFirst())
			.orElseThrow(() -> new NotFoundException("template", id));
	}

	/** Adds a template of the organisation's own; admins and champions only. */
	public Template add(Actor actor, Template input) {
		actor.require(actor.runsProgram(), "add templates");
		Template checked = TemplateRules.check(new Template(new TemplateId(UUID.randomUUID().toString()), input.area(),
				input.title(), input.description(), input.keyResults(), input.bad(), false));
		this.store.insert(checked, actor.personId(), this.clock.instant());
		return checked;
	}

	/**
	 * Checks a template as {@link #add} would, without storing it: a form checks what was
	 * typed before it adds, so that every broken rule shows at once.
	 */
	@Transactional(readOnly = true)
	public void check(Template input) {
		TemplateRules.check(new Template(new TemplateId("check"), input.area(), input.title(), input.description(),
				input.keyResults(), input.bad(), false));
	}

	/** Deletes one of the organisation's templates; the built-in ones stay. */
	public void delete(Actor actor, TemplateId id) {
		actor.require(actor.runsProgram(), "delete templates");
		if (get(id).builtIn()) {
			throw new ConflictException("A built-in template cannot be deleted; add one of your own instead.");
		}
		this.store.delete(id);
	}

	/**
	 * Starts a draft objective of a team (or, without a team, of the company) in a cycle
	 * from a template: the template's title, why and key results, each key result owned
	 * by the person using it, for the team to adapt. Only those who may set the team's
	 * objectives use it, and not in a closed cycle; on any refusal nothing is stored.
	 */
	public ObjectiveView use(Actor actor, TemplateId id, CycleId cycleId, TeamId teamId) {
		Template template = get(id);
		FieldErrors errors = new FieldErrors();
		errors.required("cycleId", cycleId);
		if (cycleId != null && !this.cycles.exists(cycleId)) {
			errors.add("cycleId", "is not a known cycle");
		}
		if (teamId != null && !this.teams.exists(teamId)) {
			errors.add("teamId", "is not a known team");
		}
		errors.throwIfAny();
		actor.require((teamId != null) ? Objective.settableBy(actor, teamId) : actor.runsProgram(),
				"set objectives for this team");
		this.cycles.get(cycleId).requireOpen();
		ObjectiveView created = this.objectives.create(actor,
				new Objectives.NewObjective(cycleId, teamId, template.title(), template.description(), null, null));
		for (Template.KeyResult keyResult : template.keyResults()) {
			this.keyResults.create(actor, created.objective().id(),
					new KeyResults.NewKeyResult(keyResult.title(), actor.personId(), keyResult.type(),
							keyResult.startValue(), keyResult.targetValue(), keyResult.unit(), null));
		}
		this.uses.record(created.objective().id(), template);
		return this.objectives.view(created.objective().id());
	}

}
