package dev.lodestar.surveys;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.cycles.CycleId;
import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests that need a cycle's survey before it exists both get its questions on
 * PostgreSQL, where a failed statement spoils the rest of its transaction: the one that
 * loses the race to create it reads what the other created.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=lodestar_survey_race",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=lodestar_survey_race", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT })
@Import(CleanPostgresSchema.class)
class SurveyCreationOnPostgresTests extends ApiTest {

	@Autowired
	private Surveys surveys;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theRequestThatLosesTheRaceToCreateTheSurveyReadsTheOthersQuestions() throws Exception {
		CycleId cycle = new CycleId(UUID.fromString(cycle("execute")));
		CompletableFuture<List<SurveyQuestion>> second = new CompletableFuture<>();
		List<SurveyQuestion> first = this.transactions.execute((status) -> {
			List<SurveyQuestion> created = this.surveys.questions(cycle);
			Thread.ofVirtual().start(() -> {
				try {
					second.complete(this.surveys.questions(cycle));
				}
				catch (RuntimeException ex) {
					second.completeExceptionally(ex);
				}
			});
			awaitOneWaitingForALock();
			return created;
		});

		assertThat(first).isNotEmpty();
		assertThat(second.get(10, TimeUnit.SECONDS)).extracting(SurveyQuestion::id)
			.containsExactlyElementsOf(first.stream().map(SurveyQuestion::id).toList());
	}

	/** Until the second request waits on the first's uncommitted survey row. */
	private void awaitOneWaitingForALock() {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			// the activity view is read once per transaction unless told to read it anew
			this.jdbc.sql("select pg_stat_clear_snapshot()").query().singleRow();
			long waiting = this.jdbc.sql(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into survey %'")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("the second request never waited for the first's survey");
	}

}
