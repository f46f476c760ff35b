package dev.lodestar.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address a page shows for a link to copy (a data feed's, an invitation's while mail
 * is off). Links are made with {@code lodestar.base-url}; while that is left at its
 * default, which names no real address, the page puts the address it was reached at
 * (scheme, host, port and context path, as a proxy forwards them) in its place, so that a
 * link works on whatever port Lodestar serves.
 */
@Component
public class PublicAddress {

	/** The default of {@code lodestar.base-url}: no public address was configured. */
	static final String DEFAULT_BASE_URL = "http://localhost:8080";

	private final String baseUrl;

	private final boolean configured;

	PublicAddress(@Value("${lodestar.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.configured = !DEFAULT_BASE_URL.equals(this.baseUrl);
	}

	/**
	 * A link made with {@code lodestar.base-url}, as the page shows it: unchanged when a
	 * public address is configured, otherwise with the request's base URL in its place.
	 */
	public String forPage(String link, HttpServletRequest request) {
		if (link == null || this.configured || !link.startsWith(this.baseUrl)) {
			return link;
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString().replaceAll("/+$", "");
		return base + link.substring(this.baseUrl.length());
	}

}
