package dev.lodestar.feeds.api;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.feeds.Hooks;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.organization.Actor;
import dev.lodestar.web.ApiCreated;
import dev.lodestar.web.Created;
import dev.lodestar.web.PublicAddress;

/**
 * {@code /api/v1/key-results/{id}/hook}: issue or renew a key result's inbound hook (the
 * secret is answered this once), see whether it has one, switch it off.
 */
@RestController
class HooksApi {

	private final Hooks hooks;

	private final PublicAddress address;

	HooksApi(Hooks hooks, PublicAddress address) {
		this.hooks = hooks;
		this.address = address;
	}

	@ApiCreated
	@PostMapping("/api/v1/key-results/{id}/hook")
	ResponseEntity<IssuedHookResource> issue(Actor actor, @PathVariable String id, HttpServletRequest request) {
		Hooks.IssuedHook issued = this.hooks.issue(actor, KeyResultId.fromPath(id));
		return Created.at("/api/v1/key-results/{id}/hook", id)
			.body(new IssuedHookResource(this.address.forPage(issued.url(), request), issued.secret(),
					issued.issuedAt()));
	}

	@GetMapping("/api/v1/key-results/{id}/hook")
	HookResource get(Actor actor, @PathVariable String id, HttpServletRequest request) {
		return this.hooks.find(actor, KeyResultId.fromPath(id))
			.map((hook) -> new HookResource(true, this.address.forPage(hook.url(), request), hook.createdAt(),
					hook.renewedAt()))
			.orElse(new HookResource(false, null, null, null));
	}

	@DeleteMapping("/api/v1/key-results/{id}/hook")
	ResponseEntity<Void> switchOff(Actor actor, @PathVariable String id) {
		this.hooks.switchOff(actor, KeyResultId.fromPath(id));
		return ResponseEntity.noContent().build();
	}

	record IssuedHookResource(String url, String secret, Instant issuedAt) {
	}

	record HookResource(boolean active, String url, Instant createdAt, Instant secretIssuedAt) {
	}

}
