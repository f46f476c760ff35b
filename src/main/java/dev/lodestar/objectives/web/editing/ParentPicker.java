package dev.lodestar.objectives.web.editing;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.web.Choices;
import dev.lodestar.organization.TeamId;

/**
 * What an objective's form shows of its parents: the links chosen so far, each with its
 * weight, and the search for more with what it found.
 *
 * @param rows the links chosen, in order
 * @param query what was typed into the search
 * @param matches what the search found (or, before anything is typed, what lies above the
 * team), in labelled groups, without those already chosen
 * @param searchUrl where the search asks for matches as the person types
 */
public record ParentPicker(List<Row> rows, String query, List<Choices.Group> matches, String searchUrl) {

	public static ParentPicker none() {
		return new ParentPicker(List.of(), "", List.of(), "/objectives/parents");
	}

	static String searchUrl(CycleId cycle, TeamId team, ObjectiveId except) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/objectives/parents")
			.queryParam("cycle", cycle.toString());
		if (team != null) {
			url.queryParam("team", team.toString());
		}
		if (except != null) {
			url.queryParam("except", except.toString());
		}
		return url.toUriString();
	}

	public boolean hasMatches() {
		return this.matches.stream().anyMatch((group) -> !group.choices().isEmpty());
	}

	/**
	 * One link chosen: its place in the list, the value the form sends, the title of what
	 * it points at, and its weight as typed.
	 */
	public record Row(int index, String value, String label, String weight) {

		public String field() {
			return "contributesTo[" + this.index + "]";
		}

		public String weightField() {
			return field() + ".weight";
		}

	}

}
