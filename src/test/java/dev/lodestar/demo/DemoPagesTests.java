package dev.lodestar.demo;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.lodestar.testing.SignedInBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the web app answers on the demo organisation, for a team lead and for an
 * admin. How fast they answer is measured by bench/run (docs/performance.md), not here: a
 * time measured inside the test suite says more about the machine's load than about the
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:demo-pages;DB_CLOSE_DELAY=-1" })
class DemoPagesTests {

	@LocalServerPort
	int port;

	@Test
	void everyPageAnswersOnDemoData() {
		DemoTour tour = DemoTour.everyPage(this.port);
		assertThat(tour.leadPages()).as("the demo's metrics").anyMatch((page) -> page.matches("/metrics/.+"));
		assertThat(tour.leadPages()).as("a closed cycle's reset pages").anyMatch((page) -> page.endsWith("/reset"));
		answers(SignedInBrowser.signIn(this.port, tour.leadEmail(), DemoData.PASSWORD), tour.leadPages());
		answers(SignedInBrowser.signIn(this.port, DemoTour.ADMIN, DemoData.PASSWORD), tour.adminPages());
	}

	private static void answers(SignedInBrowser browser, List<String> pages) {
		for (String page : pages) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(page)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).as(page).contains("</html>");
		}
	}

}
