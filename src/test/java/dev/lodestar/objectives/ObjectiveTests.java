package dev.lodestar.objectives;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.Role;
import dev.lodestar.organization.TeamId;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.FieldErrors;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ObjectiveTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final CycleId CYCLE = CycleId.random();

	private static final TeamId TEAM = TeamId.random();

	@Test
	void newObjectiveIsAnAspirationalDraft() {
		Objective objective = Objective.create(CYCLE, TEAM, "  Delight our customers ", null, null, NOW);
		assertThat(objective.status()).isEqualTo(ObjectiveStatus.DRAFT);
		assertThat(objective.kind()).isEqualTo(ObjectiveKind.ASPIRATIONAL);
		assertThat(objective.title()).isEqualTo("Delight our customers");
		assertThat(objective.cycleId()).isEqualTo(CYCLE);
		assertThat(objective.teamId()).isEqualTo(TEAM);
		assertThat(objective.description()).isNull();
		assertThat(objective.createdAt()).isEqualTo(NOW);
	}

	@Test
	void committedObjectiveStaysCommitted() {
		assertThat(Objective.create(CYCLE, TEAM, "Ship", null, ObjectiveKind.COMMITTED, NOW).kind())
			.isEqualTo(ObjectiveKind.COMMITTED);
	}

	@Test
	void titleMustBeOneToTwoHundredCharactersAfterTrimming() {
		assertInvalid(() -> create("   "), "title");
		assertInvalid(() -> create(null), "title");
		assertInvalid(() -> create("x".repeat(201)), "title");
		assertThat(create("x".repeat(200)).title()).hasSize(200);
		assertThat(create("  " + "x".repeat(200) + "  ").title()).hasSize(200);
		assertInvalid(() -> create("Ship").withTitle(""), "title");
		assertThat(create("Ship").withTitle(" Ship it ").title()).isEqualTo("Ship it");
	}

	@Test
	void descriptionMayBeUpToTenThousandCharacters() {
		assertThat(Objective.create(CYCLE, TEAM, "Ship", "x".repeat(10_000), null, NOW).description()).hasSize(10_000);
		assertInvalid(() -> Objective.create(CYCLE, TEAM, "Ship", "x".repeat(10_001), null, NOW), "description");
		assertInvalid(() -> create("Ship").withDescription("x".repeat(10_001)), "description");
	}

	@Test
	void blankDescriptionIsNone() {
		assertThat(Objective.create(CYCLE, TEAM, "Ship", "   ", null, NOW).description()).isNull();
		assertThat(create("Ship").withDescription(" Because customers wait ").description())
			.isEqualTo("Because customers wait");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertInvalid(() -> Objective.create(CYCLE, TEAM, "", "x".repeat(10_001), null, NOW), "title", "description");
	}

	@Test
	void draftIsPublishedThenArchived() {
		Objective published = create("Ship").withStatus(ObjectiveStatus.PUBLISHED);
		assertThat(published.status()).isEqualTo(ObjectiveStatus.PUBLISHED);
		Objective archived = published.withStatus(ObjectiveStatus.ARCHIVED);
		assertThat(archived.status()).isEqualTo(ObjectiveStatus.ARCHIVED);
		assertThat(archived).usingRecursiveComparison().ignoringFields("status").isEqualTo(published);
	}

	@Test
	void publishedObjectiveNeverGoesBackToDraft() {
		Objective published = create("Ship").withStatus(ObjectiveStatus.PUBLISHED);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> published.withStatus(ObjectiveStatus.DRAFT));
	}

	@Test
	void archivedObjectiveNeverGoesBackToDraft() {
		Objective archived = create("Ship").withStatus(ObjectiveStatus.PUBLISHED).withStatus(ObjectiveStatus.ARCHIVED);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> archived.withStatus(ObjectiveStatus.DRAFT));
	}

	@Test
	void sameStatusIsANoOp() {
		Objective draft = create("Ship");
		assertThat(draft.withStatus(ObjectiveStatus.DRAFT)).isSameAs(draft);
		Objective published = draft.withStatus(ObjectiveStatus.PUBLISHED);
		assertThat(published.withStatus(ObjectiveStatus.PUBLISHED)).isSameAs(published);
	}

	@Test
	void objectiveCannotContributeToItselfNorTwiceToTheSameTarget() {
		Objective objective = create("Ship");
		ObjectiveId higher = ObjectiveId.random();
		FieldErrors errors = new FieldErrors();
		objective.checkContributions(errors,
				List.of(Contribution.to(Alignment.toObjective(higher)),
						Contribution.to(Alignment.toObjective(objective.id())),
						new Contribution(Alignment.toObjective(higher), 2.0)),
				(i) -> Links.field(i, null));
		assertThat(errors.list()).extracting(FieldError::field).containsExactly("contributesTo[1]", "contributesTo[2]");
	}

	@Test
	void contributionWeightsAreFinitePositiveNumbersAndDefaultToOne() {
		Alignment to = Alignment.toObjective(ObjectiveId.random());
		FieldErrors errors = new FieldErrors();
		assertThat(Contribution.of(errors, "w", to, null).weight()).isEqualTo(1.0);
		assertThat(Contribution.of(errors, "w", to, 0.25).weight()).isEqualTo(0.25);
		assertThat(errors.isEmpty()).isTrue();
		for (double wrong : new double[] { 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, 2e15 }) {
			FieldErrors refused = new FieldErrors();
			Contribution.of(refused, "contributesTo[0].weight", to, wrong);
			assertThat(refused.list()).as(String.valueOf(wrong))
				.extracting(FieldError::field)
				.containsExactly("contributesTo[0].weight");
		}
	}

	@Test
	void alignmentNamesExactlyOneTarget() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Alignment(null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Alignment(ObjectiveId.random(), KeyResultId.random()));
	}

	@Test
	void adminsAndChampionsEditEveryObjective() {
		Objective companyWide = Objective.create(CYCLE, null, "Win the market", null, null, NOW);
		for (Role role : new Role[] { Role.ADMIN, Role.CHAMPION }) {
			Actor actor = new Actor(PersonId.random(), role, Set.of());
			assertThat(create("Ship").editableBy(actor)).as(role.value()).isTrue();
			assertThat(companyWide.editableBy(actor)).as(role.value()).isTrue();
		}
	}

	@Test
	void leadEditsTheTeamsObjectivesOnly() {
		Actor lead = new Actor(PersonId.random(), Role.MEMBER, Set.of(TEAM));
		assertThat(create("Ship").editableBy(lead)).isTrue();
		assertThat(create("Ship").withTeam(TeamId.random()).editableBy(lead)).isFalse();
	}

	@Test
	void companyWideObjectiveBelongsToAdminsAndChampions() {
		Objective companyWide = Objective.create(CYCLE, null, "Win the market", null, null, NOW);
		Actor lead = new Actor(PersonId.random(), Role.MEMBER, Set.of(TEAM));
		assertThat(companyWide.editableBy(lead)).isFalse();
	}

	@Test
	void memberWhoLeadsNoTeamDoesNotEditObjectives() {
		Actor member = new Actor(PersonId.random(), Role.MEMBER, Set.of());
		assertThat(create("Ship").editableBy(member)).isFalse();
	}

	@Test
	void viewerFlaggedLeadDoesNotEditObjectives() {
		Actor viewer = new Actor(PersonId.random(), Role.VIEWER, Set.of(TEAM));
		assertThat(create("Ship").editableBy(viewer)).isFalse();
	}

	private static Objective create(String title) {
		return Objective.create(CYCLE, TEAM, title, null, null, NOW);
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
