package dev.lodestar.reports;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.People;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;
import dev.lodestar.organization.Teams;
import dev.lodestar.reports.Celebration.Achieved;
import dev.lodestar.reports.Celebration.KudosLine;
import dev.lodestar.reports.Celebration.MilestoneDone;
import dev.lodestar.rhythm.Kudos;
import dev.lodestar.rhythm.KudosWall;

/**
 * Works out what a cycle has to celebrate, in a fixed handful of queries: the objectives
 * that met their expectation, the key results scored 0.7 or more (and milestones done),
 * the milestones checked in as done between the cycle's first and last day, and the kudos
 * given in those days, in every team.
 */
@Service
@Transactional(readOnly = true)
public class Celebrations {

	private static final String MILESTONES = """
			select c.key_result_id, min(c.created_at) as done_at
			from check_in c join key_result kr on kr.id = c.key_result_id join objective o on o.id = kr.objective_id
			where o.cycle_id = :cycleId and o.status <> 'ARCHIVED' and kr.type = 'MILESTONE'
			and c.new_value >= kr.target_value and c.created_at >= :from and c.created_at < :until
			group by c.key_result_id""";

	private final CycleReports reports;

	private final Cycles cycles;

	private final JdbcClient jdbc;

	private final KudosWall kudos;

	private final People people;

	private final Teams teams;

	Celebrations(CycleReports reports, Cycles cycles, JdbcClient jdbc, KudosWall kudos, People people, Teams teams) {
		this.reports = reports;
		this.cycles = cycles;
		this.jdbc = jdbc;
		this.kudos = kudos;
		this.people = people;
		this.teams = teams;
	}

	/** What a cycle has to celebrate; a 404 for an unknown cycle. */
	public Celebration of(CycleId cycleId) {
		Cycle cycle = this.cycles.get(cycleId);
		CycleReports.Window window = this.reports.window(cycle);
		List<ObjectiveLine> objectives = this.reports.objectives(cycle, null, window);
		Map<KeyResultId, Achieved> byKeyResult = objectives.stream()
			.flatMap((objective) -> objective.keyResults().stream().map((kr) -> new Achieved(kr, objective)))
			.collect(Collectors.toMap((one) -> one.keyResult().id(), Function.identity()));
		List<ObjectiveLine> met = objectives.stream()
			.filter(ObjectiveLine::met)
			.sorted(Comparator.comparing(ObjectiveLine::score).reversed())
			.toList();
		List<Achieved> achieved = byKeyResult.values()
			.stream()
			.filter((one) -> one.keyResult().scoredHigh() || one.keyResult().milestoneDone())
			.sorted(Comparator.comparing((Achieved one) -> (one.keyResult().score() != null) ? one.keyResult().score()
					: one.keyResult().progress())
				.reversed()
				.thenComparing((one) -> one.keyResult().title()))
			.toList();
		List<MilestoneDone> milestones = this.jdbc.sql(MILESTONES)
			.param("cycleId", cycleId.value())
			.param("from", Timestamp.from(window.from()))
			.param("until", Timestamp.from(window.end()))
			.query((rs, row) -> {
				Achieved one = byKeyResult.get(new KeyResultId(rs.getObject("key_result_id", UUID.class)));
				return new MilestoneDone(one.keyResult().id(), one.keyResult().title(), one.objective(),
						rs.getTimestamp("done_at").toInstant());
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(MilestoneDone::at))
			.toList();
		KudosWall.KudosTally tally = this.kudos.givenBetween(window.from(), window.end(), Celebration.KUDOS_SHOWN);
		Set<PersonId> persons = new HashSet<>();
		Set<TeamId> teamIds = new HashSet<>();
		for (Kudos one : tally.latest()) {
			persons.add(one.fromId());
			persons.add(one.toId());
			teamIds.add(one.teamId());
		}
		Map<PersonId, String> names = persons.isEmpty() ? Map.of() : this.people.names(persons);
		Map<TeamId, String> teamNames = teamIds.isEmpty() ? Map.of() : this.teams.names(teamIds);
		List<KudosLine> kudos = tally.latest()
			.stream()
			.map((one) -> new KudosLine(one.teamId(), teamNames.getOrDefault(one.teamId(), ""), one.fromId(),
					names.getOrDefault(one.fromId(), "Someone"), one.toId(), names.getOrDefault(one.toId(), "someone"),
					one.message(), one.at()))
			.toList();
		return new Celebration(cycle, met, achieved, milestones, tally.total(), kudos);
	}

}
