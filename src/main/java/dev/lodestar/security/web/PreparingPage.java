package dev.lodestar.security.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /preparing}: while the first start is being prepared (the demo being written), a
 * short page that says so and loads again by itself every few seconds ({@link FirstRun}
 * sends every page here meanwhile). Once the first start is over it sends on to the home
 * page.
 */
@Controller
class PreparingPage {

	static final String PATH = "/preparing";

	/** How often the page loads again, in seconds. */
	static final int REFRESH_SECONDS = 3;

	private final FirstRun firstRun;

	PreparingPage(FirstRun firstRun) {
		this.firstRun = firstRun;
	}

	@GetMapping(PATH)
	String preparing(HttpServletResponse response, Model model) {
		if (!this.firstRun.preparing()) {
			return "redirect:/";
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(REFRESH_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("refresh", REFRESH_SECONDS);
		return "security/preparing";
	}

}
