package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.demo.DemoOrganisation.Organisation;
import dev.lodestar.demo.DemoPlan.KeyResultText;
import dev.lodestar.demo.DemoPlan.LinkText;
import dev.lodestar.demo.DemoPlan.ObjectiveText;
import dev.lodestar.demo.DemoPlan.TeamObjectives;
import dev.lodestar.objectives.Alignment;
import dev.lodestar.objectives.Contribution;
import dev.lodestar.objectives.Links;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.MetricId;
import dev.lodestar.objectives.KeyResults.NewKeyResult;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.objectives.Objectives.NewObjective;
import dev.lodestar.objectives.Objectives.ObjectiveChanges;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * Sets a cycle's OKRs from a {@link DemoPlan} through {@link Objectives} and
 * {@link KeyResults}: the company's objectives first, then each team's, linked (with
 * their weights) and shared where the plan says, with key results owned in turn by the
 * team's people, all published.
 */
final class DemoOkrs {

	static final ObjectiveChanges PUBLISH = new ObjectiveChanges(null, null, null, ObjectiveStatus.PUBLISHED, null,
			null);

	private final Objectives objectives;

	private final KeyResults keyResults;

	private final Organisation organisation;

	/** The metrics that metric key results of these titles track; none at first. */
	private Map<String, MetricId> tracked = Map.of();

	DemoOkrs(Objectives objectives, KeyResults keyResults, Organisation organisation) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.organisation = organisation;
	}

	/**
	 * From now on, a metric key result whose title names one of these metrics tracks it.
	 */
	void track(Map<String, MetricId> metrics) {
		this.tracked = Map.copyOf(metrics);
	}

	/**
	 * Sets the plan's OKRs in the cycle; {@code random} decides who in a team owns which
	 * key result. Answers the key results created.
	 */
	List<Planted> set(CycleId cycle, DemoPlan plan, Random random) {
		List<Planted> planted = new ArrayList<>();
		List<SetObjective> company = new ArrayList<>();
		Supplier<PersonId> admin = this.organisation.admin()::personId;
		for (ObjectiveText text : plan.company()) {
			company.add(objective(new Target(cycle, null, List.of(), Links.none()), text,
					(keyResult) -> owner(keyResult, admin), planted));
		}
		for (TeamObjectives team : plan.teams()) {
			Rotation rotation = new Rotation(this.organisation.membersOf(team.team()), random);
			TeamId teamId = this.organisation.team(team.team());
			for (ObjectiveText text : team.objectives()) {
				Target target = new Target(cycle, team.team(), owners(teamId, text), links(company, text));
				objective(target, text, (keyResult) -> owner(keyResult, rotation::next), planted);
			}
		}
		return planted;
	}

	/**
	 * The lead of the team the key result names, or else whoever {@code otherwise} gives.
	 */
	private PersonId owner(KeyResultText keyResult, Supplier<PersonId> otherwise) {
		return (keyResult.ownerTeam() != null) ? this.organisation.leadOf(keyResult.ownerTeam()) : otherwise.get();
	}

	private SetObjective objective(Target target, ObjectiveText text, Function<KeyResultText, PersonId> owner,
			List<Planted> planted) {
		ObjectiveId id = this.objectives
			.create(this.organisation.admin(),
					new NewObjective(target.cycle(), target.teams().isEmpty() ? null : target.teams().get(0),
							target.teams().isEmpty() ? null : target.teams(), text.title(), text.why(), text.kind(),
							target.links()))
			.objective()
			.id();
		List<KeyResultId> keyResultIds = new ArrayList<>();
		for (KeyResultText keyResult : text.keyResults()) {
			KeyResult created = this.keyResults.create(this.organisation.admin(), id,
					new NewKeyResult(keyResult.title(), owner.apply(keyResult), keyResult.type(), keyResult.start(),
							keyResult.target(), keyResult.unit(), null,
							(keyResult.type() == KeyResultType.METRIC) ? this.tracked.get(keyResult.title()) : null));
			keyResultIds.add(created.id());
			planted.add(new Planted(created, text.kind(), target.team()));
		}
		this.objectives.update(this.organisation.admin(), id, null, PUBLISH);
		return new SetObjective(id, keyResultIds);
	}

	/** The planned team first, then those it shares the objective with. */
	private List<TeamId> owners(TeamId team, ObjectiveText text) {
		List<TeamId> owners = new ArrayList<>(List.of(team));
		text.sharedWith().forEach((other) -> owners.add(this.organisation.team(other)));
		return owners;
	}

	/**
	 * The objective's links to the company's objectives and key results: a single one
	 * without weight as {@code alignedTo}, otherwise the whole weighted list.
	 */
	private static Links links(List<SetObjective> company, ObjectiveText text) {
		if (text.links().size() == 1 && text.links().get(0).weight() == null) {
			return Links.alignedTo(target(company, text.links().get(0)));
		}
		List<Contribution> contributions = new ArrayList<>();
		for (LinkText link : text.links()) {
			Alignment target = target(company, link);
			contributions
				.add((link.weight() != null) ? new Contribution(target, link.weight()) : Contribution.to(target));
		}
		return Links.of(contributions);
	}

	private static Alignment target(List<SetObjective> company, LinkText link) {
		SetObjective aligned = company.get(link.objective() - 1);
		return (link.keyResult() == 0) ? Alignment.toObjective(aligned.objective())
				: Alignment.toKeyResult(aligned.keyResults().get(link.keyResult() - 1));
	}

	/**
	 * A key result as created, with the kind of its objective and the name of the team
	 * that planned it ({@code null} for the company's).
	 */
	record Planted(KeyResult keyResult, ObjectiveKind kind, String team) {
	}

	private record Target(CycleId cycle, String team, List<TeamId> teams, Links links) {
	}

	private record SetObjective(ObjectiveId objective, List<KeyResultId> keyResults) {
	}

	/**
	 * Hands out a team's key results to its people in turn, from a random one on.
	 */
	private static final class Rotation {

		private final List<PersonId> people;

		private int next;

		Rotation(List<PersonId> people, Random random) {
			this.people = people;
			this.next = random.nextInt(people.size());
		}

		PersonId next() {
			PersonId person = this.people.get(this.next);
			this.next = (this.next + 1) % this.people.size();
			return person;
		}

	}

}
