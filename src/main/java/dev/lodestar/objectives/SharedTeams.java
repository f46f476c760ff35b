package dev.lodestar.objectives;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import dev.lodestar.organization.TeamId;

/**
 * The teams an objective is shared with besides its first team, in order: with the first
 * team, the owners of a shared objective. Stored in the objective's row as the ids
 * separated by commas ({@code null} when the objective is not shared).
 */
public record SharedTeams(List<TeamId> teams) {

	/**
	 * How many teams may own one objective together.
	 */
	public static final int MAX_OWNERS = 20;

	public static final SharedTeams NONE = new SharedTeams(List.of());

	public SharedTeams {
		teams = List.copyOf(teams);
	}

	public static SharedTeams of(List<TeamId> teams) {
		return teams.isEmpty() ? NONE : new SharedTeams(teams);
	}

	public boolean isEmpty() {
		return this.teams.isEmpty();
	}

	public boolean contains(TeamId team) {
		return this.teams.contains(team);
	}

	String column() {
		return this.teams.isEmpty() ? null
				: String.join(",", this.teams.stream().map((team) -> team.value().toString()).toList());
	}

	static SharedTeams fromColumn(String column) {
		if (column == null || column.isBlank()) {
			return NONE;
		}
		return new SharedTeams(Arrays.stream(column.split(",")).map((id) -> new TeamId(UUID.fromString(id))).toList());
	}

	/**
	 * Writes the teams into the objective's column.
	 */
	@WritingConverter
	public static final class ToColumn implements Converter<SharedTeams, String> {

		@Override
		public String convert(SharedTeams source) {
			return source.column();
		}

	}

	/**
	 * Reads the teams from the objective's column.
	 */
	@ReadingConverter
	public static final class FromColumn implements Converter<String, SharedTeams> {

		@Override
		public SharedTeams convert(String source) {
			return fromColumn(source);
		}

	}

}
