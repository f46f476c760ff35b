package dev.lodestar.reminders;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.lodestar.LodestarApplication;
import dev.lodestar.organization.Program;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Lodestar instances on one database, each sweeping for due reminders again and again
 * at the same moments, send each person one reminder, not two.
 */
class TwoInstancesTests extends ReminderTest {

	@Autowired
	Reminders reminders;

	@Autowired
	WaitingOwners waiting;

	@Autowired
	Program program;

	private static ConfigurableApplicationContext second;

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void twoInstancesSweepingAtOnceSendOneReminderPerPerson() throws Exception {
		Reminders other = second().getBean(Reminders.class);
		startSmtp();
		String objective = objective(cycle("execute"), null);
		List<Person> owners = IntStream.range(0, 8).mapToObj((i) -> person("member")).toList();
		owners.forEach((owner) -> keyResult(objective, owner.id()));
		keyResult(objective, owners.get(0).id());
		makeRemindersDue();

		for (int round = 0; round < 5; round++) {
			sweepAtOnce(this.reminders, other);
		}

		for (Person owner : owners) {
			assertThat(mailTo(owner.email(), 1)).as(owner.email()).hasSize(1);
		}
	}

	@Test
	void twoInstancesThatBothFoundThePersonWaitingSendOneReminder() throws Exception {
		startSmtp();
		String objective = objective(cycle("execute"), null);
		List<Person> owners = IntStream.range(0, 3).mapToObj((i) -> person("member")).toList();
		owners.forEach((owner) -> keyResult(objective, owner.id()));
		makeRemindersDue();
		CheckInWeek week = CheckInWeek.of(this.program.settings(), Instant.now());
		List<WaitingOwner> foundHere = this.waiting.in(week);
		List<WaitingOwner> foundThere = second().getBean(WaitingOwners.class).in(week);

		assertThat(foundThere).extracting(WaitingOwner::email).containsAll(owners.stream().map(Person::email).toList());
		this.reminders.remindDue(foundHere, week);
		second().getBean(Reminders.class).remindDue(foundThere, week);

		for (Person owner : owners) {
			assertThat(mailTo(owner.email(), 1)).as(owner.email()).hasSize(1);
		}
	}

	/** Another Lodestar on the same database, as a second machine would run it. */
	private static ConfigurableApplicationContext second() {
		if (second == null) {
			second = new SpringApplicationBuilder(LodestarApplication.class).run(
					"--spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"--server.port=0", "--spring.mail.port=" + SMTP_PORT, "--lodestar.mail.retry-delay=500ms",
					"--lodestar.jobs.polling-interval=200ms", "--spring.jmx.enabled=false");
		}
		return second;
	}

	private static void sweepAtOnce(Reminders one, Reminders other) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = threads.submit(sweep(one, start));
			Future<Integer> second = threads.submit(sweep(other, start));
			start.countDown();
			first.get();
			second.get();
		}
		finally {
			threads.shutdown();
		}
	}

	private static Callable<Integer> sweep(Reminders reminders, CountDownLatch start) {
		return () -> {
			start.await();
			return reminders.sweep();
		};
	}

}
