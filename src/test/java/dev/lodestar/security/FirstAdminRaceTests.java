package dev.lodestar.security;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.lodestar.organization.People;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people setting Lodestar up at the same moment: one becomes the admin, the other is
 * refused.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-admin-race;DB_CLOSE_DELAY=-1",
		"lodestar.admin.email=", "lodestar.admin.password=" })
class FirstAdminRaceTests {

	@Autowired
	People people;

	@Test
	void onlyOneOfTwoRacingSetupsMakesAnAdmin() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		try (var threads = Executors.newFixedThreadPool(2)) {
			List<CompletableFuture<String>> setups = IntStream.range(0, 2)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> setUp(start, i), threads))
				.toList();
			List<String> outcomes = setups.stream().map(CompletableFuture::join).toList();
			assertThat(outcomes).containsExactlyInAnyOrder("created", "refused");
		}
		assertThat(this.people.list(Paging.of(null, null)).total()).isEqualTo(1);
	}

	private String setUp(CyclicBarrier start, int i) {
		try {
			start.await();
			this.people.registerFirstAdmin("Admin " + i, "admin-" + i + "@race.test", "race-password-1");
			return "created";
		}
		catch (ConflictException ex) {
			return "refused";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
