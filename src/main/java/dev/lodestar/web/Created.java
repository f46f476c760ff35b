package dev.lodestar.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way an API operation answers {@code 201 Created}: the {@code Location} is
 * always relative, the path of the new resource without scheme or host (for example
 * {@code /api/v1/objectives/42}), so it holds behind any proxy.
 */
public final class Created {

	private Created() {
	}

	/**
	 * The path of a created resource, from a template such as
	 * {@code /api/v1/objectives/{id}} and its variables.
	 */
	public static URI location(String template, Object... variables) {
		return UriComponentsBuilder.fromUriString(template).buildAndExpand(variables).encode().toUri();
	}

	/** A {@code 201 Created} answer whose {@code Location} is {@link #location}. */
	public static ResponseEntity.BodyBuilder at(String template, Object... variables) {
		return ResponseEntity.created(location(template, variables));
	}

}
