package dev.lodestar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Hands whole pages what the layout needs besides the page itself: the CSRF header as
 * JSON ({@code csrfHeaders}), which the layout puts on {@code hx-headers} so that every
 * htmx request carries it, and the address of the htmx script ({@code htmxScript}).
 */
class LayoutModelInterceptor implements HandlerInterceptor {

	private final String htmxScript;

	LayoutModelInterceptor(String htmxScript) {
		this.htmxScript = htmxScript;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		page.addObject("htmxScript", this.htmxScript);
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			page.addObject("csrfHeaders", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
		}
	}

}
