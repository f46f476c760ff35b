package dev.lodestar.organization;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersonTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	@Test
	void newPersonHasTrimmedNameAndLowerCaseEmail() {
		Person person = Person.create("  Ada Lovelace ", "  Ada@Example.COM ", Role.MEMBER, "{bcrypt}hash", NOW);
		assertThat(person.name()).isEqualTo("Ada Lovelace");
		assertThat(person.email()).isEqualTo("ada@example.com");
		assertThat(person.role()).isEqualTo(Role.MEMBER);
		assertThat(person.passwordHash()).isEqualTo("{bcrypt}hash");
		assertThat(person.createdAt()).isEqualTo(NOW);
		assertThat(person.id()).isNotNull();
	}

	@Test
	void personMayHaveNoPasswordYet() {
		assertThat(Person.create("Ada", "ada@example.com", Role.VIEWER, null, NOW).passwordHash()).isNull();
	}

	@Test
	void nameMustBeOneToTwoHundredCharactersAfterTrimming() {
		assertInvalid(() -> Person.create("  ", "ada@example.com", Role.MEMBER, null, NOW), "name");
		assertInvalid(() -> Person.create("x".repeat(201), "ada@example.com", Role.MEMBER, null, NOW), "name");
		assertThat(Person.create("x".repeat(200), "ada@example.com", Role.MEMBER, null, NOW).name()).hasSize(200);
	}

	@Test
	void emailIsRequired() {
		assertInvalid(() -> Person.create("Ada", null, Role.MEMBER, null, NOW), "email");
		assertInvalid(() -> Person.create("Ada", "   ", Role.MEMBER, null, NOW), "email");
	}

	@Test
	void emailMustLookLikeAnAddress() {
		for (String email : new String[] { "ada", "ada@example", "@example.com", "ada@@example.com", "a da@example.com",
				"ada@exa mple.com" }) {
			assertInvalid(() -> Person.create("Ada", email, Role.MEMBER, null, NOW), "email");
		}
	}

	@Test
	void emailOfMoreThan254CharactersIsRefused() {
		String local = "a".repeat(64);
		String tooLong = local + "@" + "b".repeat(250 - local.length()) + ".com";
		assertThat(tooLong).hasSize(255);
		assertInvalid(() -> Person.create("Ada", tooLong, Role.MEMBER, null, NOW), "email");
		String longest = tooLong.substring(1);
		assertThat(Person.create("Ada", longest, Role.MEMBER, null, NOW).email()).hasSize(254);
	}

	@Test
	void roleIsRequired() {
		assertInvalid(() -> Person.create("Ada", "ada@example.com", null, null, NOW), "role");
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertInvalid(() -> Person.create("", "not-an-email", null, null, NOW), "name", "email", "role");
	}

	@Test
	void changesAreValidatedAndNormalised() {
		Person ada = Person.create("Ada", "ada@example.com", Role.MEMBER, null, NOW);
		assertThat(ada.withName(" Ada King ").name()).isEqualTo("Ada King");
		assertThat(ada.withEmail(" ADA.KING@Example.com").email()).isEqualTo("ada.king@example.com");
		assertInvalid(() -> ada.withName(""), "name");
		assertInvalid(() -> ada.withEmail("ada"), "email");
	}

	@Test
	void changingTheRoleKeepsEverythingElse() {
		Person ada = Person.create("Ada", "ada@example.com", Role.MEMBER, "hash", NOW);
		Person champion = ada.withRole(Role.CHAMPION);
		assertThat(champion.role()).isEqualTo(Role.CHAMPION);
		assertThat(champion).usingRecursiveComparison().ignoringFields("role").isEqualTo(ada);
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
