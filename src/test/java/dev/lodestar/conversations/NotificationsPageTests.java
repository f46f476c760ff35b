package dev.lodestar.conversations;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a link never changes anything: {@code GET /notifications/{id}} leads to what
 * the notification is about and leaves it unread; opening it from the list is a form post
 * that marks it read and leads to the same place.
 */
class NotificationsPageTests extends Conversing {

	@Test
	void aGetLeavesTheNotificationUnreadAndOpeningItFromTheListMarksItRead() {
		Person owner = named("Olga Owner");
		Person author = named("Ann Author");
		String checkIn = checkIn(owner, owner.api());
		comment(author, checkIn, "Nice progress");
		String id = notifications(owner).json().get("items").get(0).get("id").asString();
		String link = notifications(owner).json().get("items").get(0).get("link").asString();
		SignedInBrowser browser = SignedInBrowser.signIn(this.port, owner.email(), PASSWORD);

		HttpResponse<String> shown = browser.get("/notifications/" + id);
		assertThat(shown.statusCode()).isEqualTo(302);
		assertThat(shown.headers().firstValue("Location").orElseThrow()).endsWith(link);
		assertThat(unread(owner)).isEqualTo(1);

		String list = browser.get("/notifications").body();
		assertThat(list).contains("action=\"/notifications/" + id + "/open\"")
			.doesNotContain("href=\"/notifications/" + id + "\"");
		HttpResponse<String> opened = browser.submit("/notifications", "/notifications/" + id + "/open");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith(link);
		assertThat(unread(owner)).isZero();

		SignedInBrowser stranger = SignedInBrowser.signIn(this.port, author.email(), PASSWORD);
		assertThat(stranger.get("/notifications/" + id).statusCode()).isEqualTo(404);
	}

}
