package dev.lodestar.objectives;

import java.util.List;

import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.FieldErrors;

/**
 * The links an objective is to have, as a client wrote them: the whole list
 * ({@code contributesTo}), or a single target without weight ({@code alignedTo}), which
 * replaces the list with that one link. The field a problem is reported under follows
 * what was written. {@code problems} are those found while reading the input (an id that
 * is not one, a weight of 0), reported together with the rules checked on saving.
 */
public record Links(List<Contribution> contributions, boolean asAlignedTo, List<FieldError> problems) {

	/** The most links one objective may have. */
	public static final int MAX = 20;

	public static final String FIELD = "contributesTo";

	public static final String ALIGNED_TO = "alignedTo";

	public Links {
		contributions = List.copyOf(contributions);
		problems = List.copyOf(problems);
	}

	public static Links none() {
		return new Links(List.of(), false, List.of());
	}

	/** One link to {@code target} with the default weight, or none for {@code null}. */
	public static Links alignedTo(Alignment target) {
		return new Links((target != null) ? List.of(Contribution.to(target)) : List.of(), true, List.of());
	}

	public static Links of(List<Contribution> contributions) {
		return of(contributions, new FieldErrors());
	}

	/**
	 * The links read from a client's input, with the problems found while reading it.
	 */
	public static Links of(List<Contribution> contributions, FieldErrors problems) {
		FieldErrors all = new FieldErrors();
		problems.list().forEach((problem) -> all.add(problem.field(), problem.message()));
		if (contributions.size() > MAX) {
			all.add(FIELD, "may hold at most " + MAX + " links");
		}
		return new Links(contributions, false, all.list());
	}

	/** The field that names the link at an index. */
	public String field(int index) {
		return this.asAlignedTo ? ALIGNED_TO : field(index, null);
	}

	/** The field that names the link at an index, or one of its parts. */
	public static String field(int index, String part) {
		return FIELD + "[" + index + "]" + ((part != null) ? "." + part : "");
	}

	/** The field that names a link's target. */
	String targetField(int index, Alignment to) {
		return this.asAlignedTo ? ALIGNED_TO : field(index, (to.objectiveId() != null) ? "objectiveId" : "keyResultId");
	}

	FieldErrors errors() {
		FieldErrors errors = new FieldErrors();
		this.problems.forEach((problem) -> errors.add(problem.field(), problem.message()));
		return errors;
	}

	/** The first link's target, as {@code alignedTo} shows it, or {@code null}. */
	public Alignment first() {
		return this.contributions.isEmpty() ? null : this.contributions.get(0).to();
	}

}
