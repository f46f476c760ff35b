package dev.lodestar.web;

import org.springframework.beans.factory.annotation.Value;
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutModelInterceptor(this.htmxScript)).excludePathPatterns("/api/**");
	}

}
