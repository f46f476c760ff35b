package dev.lodestar.reports;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleId;
import dev.lodestar.cycles.Cycles;
import dev.lodestar.objectives.CheckInQueries;
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

	private final CycleReports reports;

	private final Cycles cycles;

	private final CheckInQueries checkIns;

	private final KudosWall kudos;

	private final People people;

	private final Teams teams;

	Celebrations(CycleReports reports, Cycles cycles, CheckInQueries checkIns, KudosWall kudos, People people,
			Teams teams) {
		this.reports = reports;
		this.cycles = cycles;
		this.checkIns = checkIns;
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
		List<MilestoneDone> milestones = this.checkIns.milestonesDone(cycleId, window.from(), window.end())
			.stream()
			.map((done) -> {
				Achieved one = byKeyResult.get(done.keyResultId());
				return new MilestoneDone(one.keyResult().id(), one.keyResult().title(), one.objective(), done.at());
			})
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
