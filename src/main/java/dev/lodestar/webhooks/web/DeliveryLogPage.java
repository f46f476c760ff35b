package dev.lodestar.webhooks.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.shared.ResultPage;
import dev.lodestar.web.Htmx;
import dev.lodestar.webhooks.DeliveryHistory;
import dev.lodestar.webhooks.WebhookId;
import dev.lodestar.webhooks.Webhooks;

/**
 * A webhook's delivery log: its latest deliveries, newest first, with the status, the
 * attempts and how each went. Refreshing it in place asks for the log alone.
 */
@Controller
class DeliveryLogPage {

	static final int SHOWN = 50;

	private final Webhooks webhooks;

	DeliveryLogPage(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/admin/webhooks/{id}")
	String log(Actor actor, @PathVariable String id, Model model, HttpServletRequest request) {
		WebhookId webhookId = WebhookId.fromPath(id);
		model.addAttribute("webhook", WebhookRow.of(this.webhooks.get(actor, webhookId)));
		ResultPage<DeliveryHistory> deliveries = this.webhooks.deliveries(actor, webhookId, new Paging(SHOWN, 0));
		model.addAttribute("deliveries", deliveries.items().stream().map(DeliveryRow::of).toList());
		model.addAttribute("total", deliveries.total());
		return Htmx.page(request, "webhooks/deliveries", "log");
	}

}
