package dev.lodestar.objectives.web.editing;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.objectives.ObjectiveId;

/**
 * What an objective's form shows of the teams it is shared with: its first team, the
 * others chosen so far, and a search by name for more, with what it found.
 *
 * @param firstTeam the name of the objective's first team, which stays an owner
 * @param rows the teams it is shared with, in order
 * @param query what was typed into the search
 * @param matches the teams whose name matches, at most {@link FormChoices#TEAM_MATCHES},
 * without those already owning it
 * @param searchUrl where the search asks for matches as the person types
 */
public record SharingPicker(String firstTeam, List<Row> rows, String query, List<Match> matches, String searchUrl) {

	static String searchUrl(ObjectiveId objective) {
		return UriComponentsBuilder.fromPath("/objectives/{id}/teams")
			.buildAndExpand(objective.toString())
			.toUriString();
	}

	/** Whether something was typed to look for. */
	public boolean searched() {
		return this.query != null && !this.query.isBlank();
	}

	/**
	 * A team the objective is shared with: its place in the list, the value the form
	 * sends, and its name.
	 */
	public record Row(int index, String value, String label) {

		public String field() {
			return ObjectiveForm.sharedWith(this.index);
		}

	}

	/**
	 * A team the search found: the value the form sends to add it, and its name.
	 */
	public record Match(String value, String name) {
	}

}
