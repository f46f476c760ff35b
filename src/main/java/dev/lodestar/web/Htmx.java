package dev.lodestar.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page handler needs to know about htmx: whether the request came from it, so that
 * the handler answers with the fragment instead of the whole page.
 */
public final class Htmx {

	private Htmx() {
	}

	/**
	 * Whether htmx asks for a part of a page: not when it follows a boosted link, nor
	 * when it restores a page from history (the back button after a pushed URL), which
	 * both want the whole page.
	 */
	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/**
	 * The whole page, or only its fragment when htmx asks.
	 */
	public static String page(HttpServletRequest request, String template, String fragment) {
		return isHtmx(request) ? template + " :: " + fragment : template;
	}

}
