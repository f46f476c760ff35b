package dev.lodestar.objectives.web.team;

import java.util.List;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.web.Owners;
import dev.lodestar.objectives.web.ScoreBadge;
import dev.lodestar.objectives.web.editing.Editing;

/**
 * An objective as the team page shows it, with its key results, and what is being edited
 * in it.
 *
 * @param parents what it contributes to, in order
 * @param back the page the card lives on, where a form without JavaScript returns to
 * @param editable whether the person looking may change the objective (and its key
 * results): an editor, in an open cycle
 * @param editing what is being edited in the card, or {@code null}
 * @param owners the teams that own the objective, several when it is shared
 * @param shownOn the owning team whose page shows the card (its first team unless the
 * page is another owner's), or {@code null} for a company-wide objective
 */
public record TeamObjectiveCard(String id, String title, String description, String kind, String status,
		double progress, List<TeamKeyResultLine> keyResults, List<Parent> parents, String back, long version,
		boolean editable, Editing editing, ScoreBadge score, Owners owners, String shownOn) {

	static TeamObjectiveCard of(Objective objective, double progress, List<TeamKeyResultLine> keyResults,
			List<Parent> parents, String back, boolean editable, ScoreBadge score, Owners owners, String shownOn) {
		return new TeamObjectiveCard(objective.id().toString(), objective.title(), objective.description(),
				objective.kind().value(), objective.status().value(), progress, keyResults, parents, back,
				(objective.version() != null) ? objective.version() : 0, editable, null, score, owners, shownOn);
	}

	public TeamObjectiveCard editing(Editing what) {
		return new TeamObjectiveCard(this.id, this.title, this.description, this.kind, this.status, this.progress,
				this.keyResults, this.parents, this.back, this.version, this.editable, what, this.score, this.owners,
				this.shownOn);
	}

	/**
	 * The other teams that own the objective, as the page of {@link #shownOn} names them:
	 * none unless it is shared.
	 */
	public Owners sharedWith() {
		return this.owners.besides(this.shownOn);
	}

	/**
	 * The query that keeps the owning team whose page the card is on through a form sent
	 * without script (empty on the first team's page), so that it returns there.
	 */
	public String onTeamQuery() {
		return (this.shownOn != null && this.owners.shared() && !this.owners.teams().get(0).id().equals(this.shownOn))
				? "?team=" + this.shownOn : "";
	}

	public String domId() {
		return "objective-" + this.id;
	}

	/**
	 * Where htmx fetches the card as it is, to put it back when an edit is cancelled: the
	 * team page, or {@code null} when the card lives elsewhere.
	 */
	public String refresh() {
		return this.back.startsWith("/teams/") ? this.back.substring(0, this.back.indexOf('#')) : null;
	}

	public boolean archived() {
		return ObjectiveStatus.ARCHIVED.value().equals(this.status);
	}

	public boolean published() {
		return ObjectiveStatus.PUBLISHED.value().equals(this.status);
	}

	public boolean editingAnything() {
		return this.editing != null;
	}

	/**
	 * One thing the objective contributes to: its title, where it is shown, whether it is
	 * a key result, and the weight of the link.
	 */
	public record Parent(String title, String href, boolean keyResult, double weight) {

		/** The weight as a person reads it: {@code ×2}, or nothing for the usual 1. */
		public String weightLabel() {
			if (this.weight == 1.0) {
				return "";
			}
			return "weight " + ((this.weight == Math.rint(this.weight) && this.weight < 1e9)
					? String.valueOf((long) this.weight) : String.valueOf(this.weight));
		}

	}

}
