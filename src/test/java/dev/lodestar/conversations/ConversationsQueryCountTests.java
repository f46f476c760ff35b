package dev.lodestar.conversations;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.testing.SignedInBrowser;
import dev.lodestar.testing.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of conversations run as many SQL statements for long threads and many
 * notifications as for short ones, and the unread count in the header costs one indexed
 * statement on every page.
 */
class ConversationsQueryCountTests extends Conversing {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNotificationsPageDoesNotGrowWithNotifications() {
		Person few = named("Fay Few");
		Person many = named("Manny Many");
		Person author = named("Ann Author");
		comment(author, checkIn(few, few.api()), "One");
		String busy = checkIn(many, many.api());
		for (int i = 0; i < 35; i++) {
			comment(author, busy, "Point " + i);
		}
		long forFew = statements(few, "/notifications");
		long forMany = statements(many, "/notifications");
		assertThat(forMany).isEqualTo(forFew);
		assertThat(forFew).isLessThan(15);
	}

	@Test
	void aCheckInsConversationDoesNotGrowWithComments() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		String quiet = checkIn(owner, owner.api());
		comment(author, quiet, "Hello @" + handle(owner));
		String busy = checkIn(owner, owner.api());
		for (int i = 0; i < 15; i++) {
			comment(author, busy, "Point " + i + " for @" + handle(owner) + " and @" + handle(author));
		}
		assertThat(statements(author, "/check-ins/" + busy)).isEqualTo(statements(author, "/check-ins/" + quiet));
	}

	@Test
	void aKeyResultPageDoesNotGrowWithCommentedCheckIns() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		String quiet = keyResult(objective(cycle("execute"), null), owner.id());
		comment(author, checkInOf(owner, quiet), "Only one");
		String busy = keyResult(objective(cycle("execute"), null), owner.id());
		for (int i = 0; i < 8; i++) {
			String checkIn = checkInOf(owner, busy);
			comment(author, checkIn, "First");
			comment(author, checkIn, "Second");
		}
		assertThat(statements(author, "/key-results/" + busy)).isEqualTo(statements(author, "/key-results/" + quiet));
	}

	@Test
	void theUnreadCountInTheHeaderIsOneIndexedStatement() {
		Person reader = named("Rea Reader");
		Person author = named("Ann Author");
		String checkIn = checkIn(reader, reader.api());
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, reader.email(), PASSWORD);
		browser.get("/activity");
		List<String> none = sqlDuring(() -> assertThat(browser.get("/activity").body()).contains(", none unread"));
		for (int i = 0; i < 5; i++) {
			comment(author, checkIn, "Look " + i);
		}
		List<String> five = sqlDuring(() -> assertThat(browser.get("/activity").body()).contains(", 5 unread"));

		assertThat(five).hasSameSizeAs(none);
		assertThat(five).filteredOn((sql) -> sql.toLowerCase().contains("notification"))
			.singleElement()
			.satisfies((sql) -> assertThat(sql.toLowerCase()).contains("count(*)"));
		String plan = this.jdbc
			.sql("explain select count(*) from notification where person_id = :p and read_at is null")
			.param("p", java.util.UUID.fromString(reader.id()))
			.query(String.class)
			.single();
		assertThat(plan.toLowerCase()).contains("notification_unread_idx");
	}

	private String checkInOf(Person owner, String keyResult) {
		return created(owner.api()
			.post("/api/v1/key-results/" + keyResult + "/check-ins", Map.of("value", 20, "confidence", 7)));
	}

	private long statements(Person person, String path) {
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, person.email(), PASSWORD);
		browser.get(path);
		return sqlDuring(() -> assertThat(browser.get(path).statusCode()).isEqualTo(200)).size();
	}

	private List<String> sqlDuring(Runnable action) {
		return StatementLog.during(this.dataSource, action);
	}

}
