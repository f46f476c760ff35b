package dev.lodestar.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.AlignmentQueries.CycleGraph;
import dev.lodestar.objectives.AlignmentQueries.KeyResultNode;
import dev.lodestar.objectives.AlignmentQueries.Link;
import dev.lodestar.objectives.AlignmentQueries.ObjectiveNode;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.objectives.ObjectiveId;
import dev.lodestar.objectives.ObjectiveKind;
import dev.lodestar.objectives.ObjectiveStatus;
import dev.lodestar.organization.TeamId;

import static org.assertj.core.api.Assertions.assertThat;

class MapTreeTests {

	private final TeamId sales = TeamId.random();

	private final TeamId payments = TeamId.random();

	private final TeamId checkout = TeamId.random();

	private final List<ObjectiveNode> objectives = new ArrayList<>();

	private final List<Link> links = new ArrayList<>();

	@Test
	void companyObjectivesStandAtTheTopAndContributionsHangBelowTheirKeyResult() {
		ObjectiveNode team = objective("Win the mid-market", this.sales);
		ObjectiveNode company = objective("Grow revenue", null, "Revenue per quarter");
		KeyResultId revenue = company.keyResults().get(0).id();
		link(team.id(), null, revenue, 2);
		MapTree tree = tree();

		List<MapBranch> branches = tree.branches(tree.roots(all(tree)), all(tree), 3);

		assertThat(branches).extracting((branch) -> branch.objective().title()).containsExactly("Grow revenue");
		MapBranch top = branches.get(0);
		assertThat(top.contributions()).isEqualTo(1);
		assertThat(top.direct()).isEmpty();
		assertThat(top.keyResults()).hasSize(1);
		MapBranch below = top.keyResults().get(0).contributions().get(0);
		assertThat(below.objective().title()).isEqualTo("Win the mid-market");
		assertThat(below.weight()).isEqualTo(2.0);
		assertThat(below.level()).isEqualTo(1);
	}

	@Test
	void anObjectiveWithTwoParentsIsDrawnOnceAndReferredToUnderTheOther() {
		ObjectiveNode first = objective("Grow revenue", null);
		ObjectiveNode second = objective("Delight customers", null);
		ObjectiveNode shared = objective("Faster checkout", this.checkout);
		ObjectiveNode below = objective("Fewer failed payments", this.payments);
		link(shared.id(), first.id(), null, 1);
		link(shared.id(), second.id(), null, 3);
		link(below.id(), shared.id(), null, 1);
		MapTree tree = tree();

		List<MapBranch> branches = tree.branches(tree.roots(all(tree)), all(tree), 5);

		MapBranch drawn = branches.get(0).direct().get(0);
		MapBranch referred = branches.get(1).direct().get(0);
		assertThat(drawn.repeated()).isFalse();
		assertThat(drawn.direct()).extracting((branch) -> branch.objective().title())
			.containsExactly("Fewer failed payments");
		assertThat(referred.repeated()).isTrue();
		assertThat(referred.weight()).isEqualTo(3.0);
		assertThat(referred.direct()).isEmpty();
		assertThat(referred.folded()).isFalse();
	}

	@Test
	void belowTheDepthDrawnContributionsAreCountedAndFolded() {
		ObjectiveNode top = objective("Grow revenue", null);
		ObjectiveNode middle = objective("Win the mid-market", this.sales);
		ObjectiveNode low = objective("Faster checkout", this.checkout);
		ObjectiveNode lowest = objective("Fewer failed payments", this.payments);
		link(middle.id(), top.id(), null, 1);
		link(low.id(), middle.id(), null, 1);
		link(lowest.id(), low.id(), null, 1);
		MapTree tree = tree();

		MapBranch root = tree.branches(tree.roots(all(tree)), all(tree), 2).get(0);

		MapBranch atDepth = root.direct().get(0).direct().get(0);
		assertThat(atDepth.objective().title()).isEqualTo("Faster checkout");
		assertThat(atDepth.expanded()).isFalse();
		assertThat(atDepth.folded()).isTrue();
		assertThat(atDepth.contributions()).isEqualTo(1);
	}

	@Test
	void aTeamsMapHoldsWhatItContributesToAndWhatContributesToIt() {
		ObjectiveNode top = objective("Grow revenue", null);
		ObjectiveNode other = objective("Hire well", null);
		ObjectiveNode middle = objective("Win the mid-market", this.sales);
		ObjectiveNode low = objective("Faster checkout", this.checkout);
		ObjectiveNode unrelated = objective("Fewer failed payments", this.payments);
		link(middle.id(), top.id(), null, 1);
		link(low.id(), middle.id(), null, 1);
		link(unrelated.id(), other.id(), null, 1);
		MapTree tree = tree();

		Set<ObjectiveId> around = tree.around(this.sales);

		assertThat(around).containsExactlyInAnyOrder(top.id(), middle.id(), low.id());
		assertThat(tree.roots(around)).containsExactly(top.id());
	}

	@Test
	void linksToWhatIsNotInTheCycleAreLeftOut() {
		ObjectiveNode team = objective("Win the mid-market", this.sales);
		link(team.id(), ObjectiveId.random(), null, 1);
		link(team.id(), null, KeyResultId.random(), 1);
		MapTree tree = tree();

		assertThat(tree.links()).isEmpty();
		assertThat(tree.aligned(team.id())).isFalse();
		assertThat(tree.roots(all(tree))).containsExactly(team.id());
	}

	private ObjectiveNode objective(String title, TeamId team, String... keyResults) {
		ObjectiveId id = ObjectiveId.random();
		List<KeyResultNode> nodes = new ArrayList<>();
		for (String keyResult : keyResults) {
			nodes.add(new KeyResultNode(KeyResultId.random(), id, keyResult, KeyResultType.METRIC, 0.5, 1.0));
		}
		ObjectiveNode objective = new ObjectiveNode(id, (team != null) ? List.of(team) : List.of(), title,
				ObjectiveKind.COMMITTED, ObjectiveStatus.PUBLISHED, 0.5, nodes);
		this.objectives.add(objective);
		return objective;
	}

	private void link(ObjectiveId from, ObjectiveId toObjective, KeyResultId toKeyResult, double weight) {
		this.links.add(new Link(from, toObjective, toKeyResult, weight));
	}

	private MapTree tree() {
		return new MapTree(new CycleGraph(this.objectives, this.links));
	}

	private static Set<ObjectiveId> all(MapTree tree) {
		return new java.util.LinkedHashSet<>(tree.objectives().stream().map(ObjectiveNode::id).toList());
	}

}
