package dev.lodestar.objectives.web.keyresult;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;

/**
 * A key result's page: where it stands, its whole history of check-ins with notes and
 * blockers, its progress against the time passed, and, for those who may, a check-in. The
 * check-in posts to the same address as on "my week" and comes back here.
 */
@Controller
class KeyResultPage {

	private final KeyResultSheet sheet;

	KeyResultPage(KeyResultSheet sheet) {
		this.sheet = sheet;
	}

	@GetMapping("/key-results/{id}")
	String keyResult(Actor actor, @PathVariable String id, @RequestParam(required = false) String page, Model model) {
		return this.sheet.fill(actor, KeyResultId.fromPath(id), pageNumber(page), null, Map.of(), model);
	}

	private static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
