package dev.lodestar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Hands whole pages the CSRF header as JSON ({@code csrfHeaders}), which the layout puts
 * on {@code hx-headers} so that every htmx request carries it.
 */
class CsrfHeaderInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			page.addObject("csrfHeaders", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
		}
	}

}
