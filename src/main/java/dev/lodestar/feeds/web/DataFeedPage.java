package dev.lodestar.feeds.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.feeds.Hooks;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.Htmx;
import dev.lodestar.web.PublicAddress;

/**
 * A key result's data feed, {@code /key-results/{id}/data-feed}: whether its inbound hook
 * is on, a new secret (shown once, with a call to copy), and switching it off. The key
 * result's page shows it in place through htmx; without script it is a page of its own.
 */
@Controller
class DataFeedPage {

	static final String TEMPLATE = "feeds/data-feed";

	private final Hooks hooks;

	private final KeyResults keyResults;

	private final PublicAddress address;

	DataFeedPage(Hooks hooks, KeyResults keyResults, PublicAddress address) {
		this.address = address;
		this.hooks = hooks;
		this.keyResults = keyResults;
	}

	@GetMapping("/key-results/{id}/data-feed")
	String show(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		KeyResultId keyResult = KeyResultId.fromPath(id);
		return fill(DataFeedView.of(this.keyResults.get(keyResult), this.hooks.find(actor, keyResult).orElse(null)),
				model, request);
	}

	@PostMapping("/key-results/{id}/data-feed")
	String issue(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		KeyResultId keyResult = KeyResultId.fromPath(id);
		Hooks.IssuedHook issued = this.hooks.issue(actor, keyResult);
		return fill(DataFeedView.issued(this.keyResults.get(keyResult), issued), model, request);
	}

	@PostMapping("/key-results/{id}/data-feed/off")
	String switchOff(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		KeyResultId keyResult = KeyResultId.fromPath(id);
		this.hooks.switchOff(actor, keyResult);
		return fill(DataFeedView.of(this.keyResults.get(keyResult), null).switchedOff(), model, request);
	}

	private String fill(DataFeedView view, Model model, HttpServletRequest request) {
		model.addAttribute("feed", view.at(this.address, request));
		return Htmx.page(request, TEMPLATE, "feed");
	}

}
