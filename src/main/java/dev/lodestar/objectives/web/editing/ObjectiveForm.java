package dev.lodestar.objectives.web.editing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.organization.TeamId;

/**
 * An objective as typed into its form, kept as text so that it can be shown again beside
 * the reasons it was refused.
 *
 * @param alignedTo what it contributes to: {@code objective:<id>},
 * {@code key-result:<id>} or blank for nothing
 * @param version the version the form was filled in on, so that a change made meanwhile
 * is not overwritten
 */
public record ObjectiveForm(String title, String description, String kind, String alignedTo, String version) {

	public static final List<String> FIELDS = List.of("title", "description", "kind", "alignedTo");

	static final String TO_OBJECTIVE = "objective:";

	static final String TO_KEY_RESULT = "key-result:";

	public static ObjectiveForm empty() {
		return new ObjectiveForm("", "", Objective.DEFAULT_KIND.value(), "", "");
	}

	static ObjectiveForm of(Objective objective) {
		Alignment alignment = objective.alignedTo();
		String aligned = "";
		if (alignment != null) {
			aligned = (alignment.objectiveId() != null) ? TO_OBJECTIVE + alignment.objectiveId()
					: TO_KEY_RESULT + alignment.keyResultId();
		}
		return new ObjectiveForm(objective.title(), (objective.description() != null) ? objective.description() : "",
				objective.kind().value(), aligned, String.valueOf(objective.version()));
	}

	public Objectives.NewObjective toNew(CycleId cycleId, TeamId teamId, Map<String, String> errors) {
		return new Objectives.NewObjective(cycleId, teamId, this.title, this.description, kind(errors),
				alignment(errors));
	}

	Objectives.ObjectiveChanges toChanges(Map<String, String> errors) {
		ObjectiveKind kind = kind(errors);
		Alignment alignment = alignment(errors);
		return new Objectives.ObjectiveChanges((this.title != null) ? this.title : "",
				Optional.ofNullable(FormValues.blank(this.description) ? null : this.description), kind, null,
				Optional.ofNullable(alignment), null);
	}

	Long expectedVersion() {
		return FormValues.version(this.version);
	}

	private ObjectiveKind kind(Map<String, String> errors) {
		if (FormValues.blank(this.kind)) {
			return null;
		}
		try {
			return ObjectiveKind.valueOf(this.kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "must be committed or aspirational");
			return null;
		}
	}

	private Alignment alignment(Map<String, String> errors) {
		if (FormValues.blank(this.alignedTo)) {
			return null;
		}
		String value = this.alignedTo.strip();
		if (value.startsWith(TO_OBJECTIVE)) {
			UUID id = FormValues.id(value.substring(TO_OBJECTIVE.length()), "alignedTo", errors);
			return (id != null) ? Alignment.toObjective(new ObjectiveId(id)) : null;
		}
		if (value.startsWith(TO_KEY_RESULT)) {
			UUID id = FormValues.id(value.substring(TO_KEY_RESULT.length()), "alignedTo", errors);
			return (id != null) ? Alignment.toKeyResult(new KeyResultId(id)) : null;
		}
		errors.put("alignedTo", "is not one of the choices");
		return null;
	}

}
