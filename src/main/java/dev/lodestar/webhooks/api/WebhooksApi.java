package dev.lodestar.webhooks.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.organization.Actor;
import dev.lodestar.shared.Paging;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.ApiListing;
import dev.lodestar.web.Created;
import dev.lodestar.web.ETags;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookId;
import dev.lodestar.webhooks.Webhooks;

/**
 * {@code /api/v1/webhooks}: the organisation's outbound webhooks and their delivery logs,
 * for admins.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksApi {

	private final Webhooks webhooks;

	WebhooksApi(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@ApiCreated
	@PostMapping
	ResponseEntity<WebhookResource.Created> create(Actor actor, @RequestBody NewWebhookRequest body) {
		Webhook created = this.webhooks.create(actor,
				new Webhooks.NewWebhook(body.url(), body.events(), body.format()));
		return Created.at("/api/v1/webhooks/{id}", created.id().toString())
			.eTag(ETags.of(created.version()))
			.body(WebhookResource.Created.of(created));
	}

	@GetMapping
	ApiListing<WebhookResource> list(Actor actor, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long offset) {
		return ApiListing.of(this.webhooks.list(actor, Paging.of(limit, offset)).map(WebhookResource::of));
	}

	@GetMapping("/{id}")
	ResponseEntity<WebhookResource> get(Actor actor, @PathVariable String id) {
		Webhook webhook = this.webhooks.get(actor, WebhookId.fromPath(id));
		return ResponseEntity.ok().eTag(ETags.of(webhook.version())).body(WebhookResource.of(webhook));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(Actor actor, @PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.webhooks.delete(actor, WebhookId.fromPath(id), ETags.expectedVersion(ifMatch, "webhook"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	ApiListing<DeliveryResource> deliveries(Actor actor, @PathVariable String id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
		return ApiListing.of(this.webhooks.deliveries(actor, WebhookId.fromPath(id), Paging.of(limit, offset))
			.map(DeliveryResource::of));
	}

	record NewWebhookRequest(String url, List<String> events, String format) {
	}

}
