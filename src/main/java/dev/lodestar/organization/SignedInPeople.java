package dev.lodestar.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the signed-in person of a request, in one statement: the person's row, their
 * teams with the teams' names (a row per team), and every {@link SignedInFigure}. Read
 * afresh on every request, so that a changed role, a team left or a deactivation takes
 * effect at the next request on whichever instance serves it; nothing of it is cached.
 */
@Component
public class SignedInPeople {

	private static final Pattern FIGURE_NAME = Pattern.compile("[a-z][a-z_]*");

	private final JdbcClient jdbc;

	private final List<SignedInFigure> figures;

	private final String sql;

	SignedInPeople(JdbcClient jdbc, List<SignedInFigure> figures) {
		this.jdbc = jdbc;
		this.figures = List.copyOf(figures);
		for (SignedInFigure figure : this.figures) {
			if (!FIGURE_NAME.matcher(figure.name()).matches()) {
				throw new IllegalStateException("A figure's name is lower-case letters: " + figure.name());
			}
		}
		String columns = this.figures.stream()
			.map((figure) -> ", " + figure.sql() + " as figure_" + figure.name())
			.collect(Collectors.joining());
		this.sql = "select p.name, p.role, p.status, m.team_id, m.lead, t.name as team_name" + columns
				+ " from person p left join team_member m on m.person_id = p.id"
				+ " left join team t on t.id = m.team_id where p.id = :id";
	}

	/** The person, if they exist and are active. */
	public Optional<SignedIn> active(PersonId id) {
		ResultSetExtractor<Optional<SignedIn>> extractor = (rs) -> {
			String name = null;
			Role role = null;
			boolean active = false;
			Map<String, Long> values = new HashMap<>();
			List<SignedIn.Membership> teams = new ArrayList<>();
			Set<TeamId> led = new HashSet<>();
			boolean first = true;
			while (rs.next()) {
				if (first) {
					name = rs.getString("name");
					role = Role.valueOf(rs.getString("role"));
					active = PersonStatus.valueOf(rs.getString("status")) == PersonStatus.ACTIVE;
					for (SignedInFigure figure : this.figures) {
						values.put(figure.name(), rs.getLong("figure_" + figure.name()));
					}
					first = false;
				}
				UUID team = rs.getObject("team_id", UUID.class);
				if (team != null) {
					boolean lead = rs.getBoolean("lead");
					teams.add(new SignedIn.Membership(new TeamId(team), rs.getString("team_name"), lead));
					if (lead) {
						led.add(new TeamId(team));
					}
				}
			}
			return (!first && active) ? Optional.of(new SignedIn(new Actor(id, role, led), name, teams, values))
					: Optional.empty();
		};
		return this.jdbc.sql(this.sql).param("id", id.value()).query(extractor);
	}

}
