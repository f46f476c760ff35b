package dev.lodestar.objectives.web.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Contribution;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.Links;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.web.FormValues;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldErrors;

/**
 * An objective as typed into its form, kept as text so that it can be shown again beside
 * the reasons it was refused.
 *
 * @param parent what it contributes to, one entry a link: {@code objective:<id>} or
 * {@code key-result:<id>}
 * @param weight the weight of each link, at the same index as {@code parent}
 * @param parentQuery what was typed to find a parent
 * @param add a parent chosen from the matches, to add to the list (the form is shown
 * again, nothing is saved)
 * @param remove the index of a link to take off the list (likewise)
 * @param find set when the parent search was asked for without script
 * @param version the version the form was filled in on, so that a change made meanwhile
 * is not overwritten
 */
public record ObjectiveForm(String title, String description, String kind, List<String> parent, List<String> weight,
		String parentQuery, String add, String remove, String find, String version) {

	public static final List<String> FIELDS = List.of("title", "description", "kind", "contributesTo");

	static final String TO_OBJECTIVE = "objective:";

	static final String TO_KEY_RESULT = "key-result:";

	public ObjectiveForm {
		parent = (parent != null) ? List.copyOf(parent) : List.of();
		weight = (weight != null) ? new ArrayList<>(weight) : new ArrayList<>();
		while (weight.size() < parent.size()) {
			weight.add("1");
		}
		weight = List.copyOf(weight.subList(0, parent.size()));
	}

	public static ObjectiveForm empty() {
		return new ObjectiveForm("", "", Objective.DEFAULT_KIND.value(), List.of(), List.of(), "", null, null, null,
				"");
	}

	static ObjectiveForm of(Objective objective, List<Contribution> links) {
		return new ObjectiveForm(objective.title(), (objective.description() != null) ? objective.description() : "",
				objective.kind().value(), links.stream().map((link) -> value(link.to())).toList(),
				links.stream().map((link) -> weight(link.weight())).toList(), "", null, null, null,
				String.valueOf(objective.version()));
	}

	/** How a target is written in the form. */
	public static String value(Alignment to) {
		return (to.objectiveId() != null) ? TO_OBJECTIVE + to.objectiveId() : TO_KEY_RESULT + to.keyResultId();
	}

	private static String weight(double weight) {
		return (weight == Math.rint(weight) && Math.abs(weight) < 1e9) ? String.valueOf((long) weight)
				: String.valueOf(weight);
	}

	/**
	 * Whether the form was sent to change its list of parents or to look for one, rather
	 * than to be saved.
	 */
	public boolean adjusting() {
		return !FormValues.blank(this.add) || !FormValues.blank(this.remove) || !FormValues.blank(this.find);
	}

	/**
	 * The form after the change of its list of parents it was sent for: a chosen parent
	 * added (once) with weight 1, or a link taken off.
	 */
	public ObjectiveForm adjusted() {
		List<String> parents = new ArrayList<>(this.parent);
		List<String> weights = new ArrayList<>(this.weight);
		if (!FormValues.blank(this.add) && !parents.contains(this.add.strip())) {
			parents.add(this.add.strip());
			weights.add("1");
		}
		int index = index(this.remove);
		if (index >= 0 && index < parents.size()) {
			parents.remove(index);
			weights.remove(index);
		}
		return new ObjectiveForm(this.title, this.description, this.kind, parents, weights,
				FormValues.blank(this.add) ? this.parentQuery : "", null, null, null, this.version);
	}

	public Objectives.NewObjective toNew(CycleId cycleId, TeamId teamId, Map<String, String> errors) {
		return new Objectives.NewObjective(cycleId, teamId, this.title, this.description, kind(errors), links());
	}

	Objectives.ObjectiveChanges toChanges(Map<String, String> errors) {
		ObjectiveKind kind = kind(errors);
		return new Objectives.ObjectiveChanges((this.title != null) ? this.title : "",
				Optional.ofNullable(FormValues.blank(this.description) ? null : this.description), kind, null, links(),
				null);
	}

	/** The chosen parents as targets, those that do not read as one left out. */
	List<Alignment> targets() {
		return this.parent.stream().map(ObjectiveForm::target).filter(java.util.Objects::nonNull).toList();
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

	/**
	 * The links as typed; what does not read is noted under the link's field, as the API
	 * names it, and reported with the rules checked on saving.
	 */
	private Links links() {
		FieldErrors problems = new FieldErrors();
		List<Contribution> links = new ArrayList<>();
		for (int i = 0; i < this.parent.size(); i++) {
			Alignment target = target(this.parent.get(i));
			if (target == null) {
				problems.add(Links.field(i, null), "is not one of the choices");
				continue;
			}
			Map<String, String> typed = new java.util.HashMap<>();
			Double weight = FormValues.number(this.weight.get(i), Links.field(i, "weight"), typed);
			typed.forEach(problems::add);
			if (typed.isEmpty() && FormValues.blank(this.weight.get(i))) {
				weight = Contribution.DEFAULT_WEIGHT;
			}
			links.add(Contribution.of(problems, Links.field(i, "weight"), target, weight));
		}
		return Links.of(links, problems);
	}

	private static Alignment target(String value) {
		if (FormValues.blank(value)) {
			return null;
		}
		String clean = value.strip();
		Map<String, String> ignored = new java.util.HashMap<>();
		if (clean.startsWith(TO_OBJECTIVE)) {
			UUID id = FormValues.id(clean.substring(TO_OBJECTIVE.length()), "parent", ignored);
			return (id != null) ? Alignment.toObjective(new ObjectiveId(id)) : null;
		}
		if (clean.startsWith(TO_KEY_RESULT)) {
			UUID id = FormValues.id(clean.substring(TO_KEY_RESULT.length()), "parent", ignored);
			return (id != null) ? Alignment.toKeyResult(new KeyResultId(id)) : null;
		}
		return null;
	}

	private static int index(String text) {
		try {
			return FormValues.blank(text) ? -1 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
