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
 * @param owner the teams the objective is shared with besides its first team, by id, as
 * typed; only read when {@code sharing} is set
 * @param sharing set when the form holds the part that shares the objective, so that a
 * form without it leaves the owners as they are
 * @param teamQuery what was typed to find a team to share with
 * @param addTeam a team chosen from the matches, to add to those it is shared with (the
 * form is shown again, nothing is saved)
 * @param removeTeam the index of a team to take off that list (likewise)
 * @param findTeam set when the team search was asked for without script
 */
public record ObjectiveForm(String title, String description, String kind, List<String> parent, List<String> weight,
		String parentQuery, String add, String remove, String find, String version, List<String> owner, String sharing,
		String teamQuery, String addTeam, String removeTeam, String findTeam) {

	public static final List<String> FIELDS = List.of("title", "description", "kind", "contributesTo", "sharedWith");

	/** How the form names the teams an objective is shared with, and each of them. */
	static final String SHARED_WITH = "sharedWith";

	static final String TO_OBJECTIVE = "objective:";

	static final String TO_KEY_RESULT = "key-result:";

	public ObjectiveForm {
		parent = (parent != null) ? List.copyOf(parent) : List.of();
		weight = (weight != null) ? new ArrayList<>(weight) : new ArrayList<>();
		while (weight.size() < parent.size()) {
			weight.add("1");
		}
		weight = List.copyOf(weight.subList(0, parent.size()));
		owner = (owner != null) ? List.copyOf(owner) : List.of();
	}

	public static ObjectiveForm empty() {
		return new ObjectiveForm("", "", Objective.DEFAULT_KIND.value(), List.of(), List.of(), "", null, null, null, "",
				List.of(), null, "", null, null, null);
	}

	static ObjectiveForm of(Objective objective, List<Contribution> links) {
		return new ObjectiveForm(objective.title(), (objective.description() != null) ? objective.description() : "",
				objective.kind().value(), links.stream().map((link) -> value(link.to())).toList(),
				links.stream().map((link) -> weight(link.weight())).toList(), "", null, null, null,
				String.valueOf(objective.version()),
				objective.sharedWith().teams().stream().map(TeamId::toString).toList(),
				(objective.teamId() != null) ? "1" : null, "", null, null, null);
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
		return !FormValues.blank(this.add) || !FormValues.blank(this.remove) || !FormValues.blank(this.find)
				|| !FormValues.blank(this.addTeam) || !FormValues.blank(this.removeTeam)
				|| !FormValues.blank(this.findTeam);
	}

	/**
	 * Where the keyboard goes when the form comes back from a change of its lists, so
	 * that a person goes on where they were: the weight of the parent just added, the
	 * parent search after one was taken off or looked for, the team search after a change
	 * of the teams; {@code null} when the form was not sent for that.
	 */
	public String landing() {
		if (!FormValues.blank(this.add)) {
			return "weight-" + adjusted().parent().indexOf(this.add.strip());
		}
		if (!FormValues.blank(this.remove) || !FormValues.blank(this.find)) {
			return "parentQuery";
		}
		return adjusting() ? "teamQuery" : null;
	}

	/** Whether the form holds the part that shares the objective with other teams. */
	public boolean shares() {
		return !FormValues.blank(this.sharing);
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
		List<String> owners = new ArrayList<>(this.owner);
		if (!FormValues.blank(this.addTeam) && !owners.contains(this.addTeam.strip())) {
			owners.add(this.addTeam.strip());
		}
		int team = index(this.removeTeam);
		if (team >= 0 && team < owners.size()) {
			owners.remove(team);
		}
		return new ObjectiveForm(this.title, this.description, this.kind, parents, weights,
				FormValues.blank(this.add) ? this.parentQuery : "", null, null, null, this.version, owners,
				this.sharing, FormValues.blank(this.addTeam) ? this.teamQuery : "", null, null, null);
	}

	public Objectives.NewObjective toNew(CycleId cycleId, TeamId teamId, Map<String, String> errors) {
		return new Objectives.NewObjective(cycleId, teamId, this.title, this.description, kind(errors), links());
	}

	/**
	 * The change the form asks for; the owners, when the form shares the objective, are
	 * {@code first} and the teams it is shared with, replaced as a whole.
	 */
	Objectives.ObjectiveChanges toChanges(TeamId first, Map<String, String> errors) {
		ObjectiveKind kind = kind(errors);
		List<TeamId> owners = (shares() && first != null) ? owners(first, errors) : null;
		return new Objectives.ObjectiveChanges((this.title != null) ? this.title : "",
				Optional.ofNullable(FormValues.blank(this.description) ? null : this.description), kind, null, links(),
				null, owners, null);
	}

	/**
	 * The teams typed, those that read as a team id; the others noted where they stand.
	 */
	List<TeamId> sharedWith(Map<String, String> errors) {
		List<TeamId> teams = new ArrayList<>();
		for (int i = 0; i < this.owner.size(); i++) {
			UUID id = FormValues.id(this.owner.get(i), sharedWith(i), new java.util.HashMap<>());
			if (id == null) {
				errors.putIfAbsent(sharedWith(i), "is not a team");
			}
			else {
				teams.add(new TeamId(id));
			}
		}
		return teams;
	}

	/** How the form names the team it is shared with at an index. */
	static String sharedWith(int index) {
		return SHARED_WITH + "[" + index + "]";
	}

	private List<TeamId> owners(TeamId first, Map<String, String> errors) {
		List<TeamId> owners = new ArrayList<>(List.of(first));
		owners.addAll(sharedWith(errors));
		return owners;
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
