package dev.lodestar.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web app's shared request handling.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final String htmxScript;

	WebConfiguration(@Value("${lodestar.web.htmx}") String htmxScript) {
		this.htmxScript = htmxScript;
	}

	/**
	 * Conditional GET, inside the session's filter (so that the session is the one
	 * Lodestar keeps) and outside Spring Security's (so that its {@code no-store} leaves
	 * the pages' own {@code Cache-Control} alone).
	 */
	@Bean
	FilterRegistrationBean<ConditionalGets> conditionalGets() {
		var registration = new FilterRegistrationBean<>(new ConditionalGets());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutModelInterceptor(this.htmxScript)).excludePathPatterns("/api/**");
	}

}
