package dev.lodestar.templates.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.api.ObjectiveResource;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.Paging;
import dev.lodestar.templates.Area;
import dev.lodestar.templates.Template;
import dev.lodestar.templates.TemplateId;
import dev.lodestar.templates.Templates;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;

/**
 * {@code /api/v1/templates}: the library of objectives to start from, the organisation's
 * own templates, and a draft objective started from one.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplatesApi {

	private final Templates templates;

	TemplatesApi(Templates templates) {
		this.templates = templates;
	}

	@GetMapping
	ApiListing<Template> list(@RequestParam(required = false) String q, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		return ApiListing.of(this.templates.find(q, area(area), Paging.of(limit, offset)));
	}

	@GetMapping("/{id}")
	Template get(@PathVariable String id) {
		return this.templates.get(TemplateId.fromPath(id));
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<Template> add(Actor actor, @RequestBody NewTemplateRequest body) {
		Template added = this.templates.add(actor,
				new Template(null, area(body.area()), body.title(), body.description(), (body.keyResults() != null)
						? body.keyResults().stream().map((kr) -> (kr != null) ? kr.toKeyResult() : null).toList()
						: List.of(),
						(body.bad() != null)
								? new Template.BadVersion(body.bad().title(), body.bad().keyResults(), body.bad().why())
								: null,
						false));
		return Created.at("/api/v1/templates/{id}", added.id().value()).body(added);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id) {
		this.templates.delete(actor, TemplateId.fromPath(id));
		return ResponseEntity.noContent().build();
	}

	@ApiCreated
	@PostMapping("/{id}/use")
	ResponseEntity<ObjectiveResource> use(Actor actor, @PathVariable String id, @RequestBody UseRequest body) {
		TemplateId template = TemplateId.fromPath(id);
		ObjectiveView created = this.templates.use(actor, template,
				(body.cycleId() != null) ? CycleId.fromField("cycleId", body.cycleId()) : null,
				(body.teamId() != null) ? TeamId.fromField("teamId", body.teamId()) : null);
		return Created.at("/api/v1/objectives/{id}", created.objective().id().toString())
			.eTag(ETags.of(created.objective().version()))
			.body(ObjectiveResource.of(created));
	}

	private static Area area(String raw) {
		if (raw == null) {
			return null;
		}
		return Area.of(raw).orElseThrow(() -> InvalidInputException.of("area", "must be one of " + Area.names()));
	}

	/**
	 * Where a draft objective started from a template goes: a cycle, and the team whose
	 * objective it is (none: the company's).
	 */
	record UseRequest(String cycleId, String teamId) {
	}

	/**
	 * A template of the organisation's own: two to four key results, each with example
	 * numbers, and optionally the weak version of the same objective with why it is weak.
	 */
	record NewTemplateRequest(String area, String title, String description, List<KeyResultRequest> keyResults,
			BadVersionRequest bad) {
	}

	/** A key result of a template. */
	record KeyResultRequest(String title, KeyResultType type, Double startValue, Double targetValue, String unit) {

		Template.KeyResult toKeyResult() {
			return new Template.KeyResult(this.title, this.type, this.startValue, this.targetValue, this.unit);
		}

	}

	/**
	 * The weak version of a template's objective: its title, its task-like key results,
	 * and why.
	 */
	record BadVersionRequest(String title, List<String> keyResults, String why) {
	}

}
