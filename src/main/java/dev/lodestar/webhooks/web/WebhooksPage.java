package dev.lodestar.webhooks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.FormErrors;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookEvent;
import dev.lodestar.webhooks.WebhookFormat;
import dev.lodestar.webhooks.WebhookId;
import dev.lodestar.webhooks.Webhooks;

/**
 * The admin page of outbound webhooks: the list, a form for a new one (whose secret the
 * page shows once, right after creating it), and removing one.
 */
@Controller
class WebhooksPage {

	private static final Paging ALL = new Paging(Paging.MAX_LIMIT, 0);

	private final Webhooks webhooks;

	WebhooksPage(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/admin/webhooks")
	String webhooks(Actor actor, Model model) {
		return page(actor, model, WebhookForm.empty(), FormErrors.none(), null);
	}

	@PostMapping("/admin/webhooks")
	String create(Actor actor, @RequestParam(defaultValue = "") String url,
			@RequestParam(required = false) List<String> events, @RequestParam(defaultValue = "") String format,
			Model model, HttpServletResponse response) {
		WebhookForm form = new WebhookForm(url, events, format);
		Map<String, String> errors = FormErrors.none();
		Webhook created = FormErrors.attempt(errors,
				() -> this.webhooks.create(actor, new Webhooks.NewWebhook(url, form.events(), format)));
		if (created == null) {
			response.setStatus(422);
			return page(actor, model, form, errors, null);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return page(actor, model, WebhookForm.empty(), errors, new Created(created.url(), created.secret()));
	}

	@PostMapping("/admin/webhooks/{id}/remove")
	String remove(Actor actor, @PathVariable String id, @RequestParam Long version, RedirectAttributes redirect) {
		this.webhooks.delete(actor, WebhookId.fromPath(id), version);
		redirect.addFlashAttribute("notice", "Removed the webhook; nothing more is sent to it.");
		return "redirect:/admin/webhooks";
	}

	private String page(Actor actor, Model model, WebhookForm form, Map<String, String> errors, Created created) {
		model.addAttribute("rows", this.webhooks.list(actor, ALL).items().stream().map(WebhookRow::of).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("created", created);
		model.addAttribute("events", Arrays.stream(WebhookEvent.values()).map(Choice::of).toList());
		model.addAttribute("formats", Arrays.stream(WebhookFormat.values()).map(WebhookFormat::value).toList());
		return "webhooks/webhooks";
	}

	/** A webhook just created, with the secret shown this once. */
	record Created(String url, String secret) {
	}

	/** An event to choose, by its name and what it means. */
	record Choice(String value, String description) {

		static Choice of(WebhookEvent event) {
			return new Choice(event.value(), event.description());
		}

	}

}
