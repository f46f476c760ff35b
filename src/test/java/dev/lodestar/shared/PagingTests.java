package dev.lodestar.shared;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PagingTests {

	@Test
	void fiftyFromTheStartUnlessAsked() {
		Paging paging = Paging.of(null, null);
		assertThat(paging.limit()).isEqualTo(50);
		assertThat(paging.offset()).isZero();
	}

	@Test
	void askedLimitAndOffsetAreKept() {
		Paging paging = Paging.of(20, 40L);
		assertThat(paging.limit()).isEqualTo(20);
		assertThat(paging.offset()).isEqualTo(40);
	}

	@Test
	void limitMayBeOneToFiveHundred() {
		assertThat(Paging.of(1, 0L).limit()).isEqualTo(1);
		assertThat(Paging.of(500, 0L).limit()).isEqualTo(500);
	}

	@Test
	void limitOutsideOneToFiveHundredIsRefused() {
		assertInvalid(() -> Paging.of(0, null), "limit");
		assertInvalid(() -> Paging.of(-5, null), "limit");
		assertInvalid(() -> Paging.of(501, null), "limit");
	}

	@Test
	void negativeOffsetIsRefused() {
		assertInvalid(() -> Paging.of(null, -1L), "offset");
		assertThat(Paging.of(null, 0L).offset()).isZero();
	}

	@Test
	void bothBrokenLimitsAreReported() {
		assertInvalid(() -> new Paging(0, -1), "limit", "offset");
	}

	private static void assertInvalid(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly(fields));
	}

}
