package dev.lodestar.navigation;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link NavigationInterceptor} for the web app's pages.
 */
@Configuration(proxyBeanMethods = false)
class NavigationConfiguration implements WebMvcConfigurer {

	private final NavigationInterceptor navigation;

	NavigationConfiguration(NavigationInterceptor navigation) {
		this.navigation = navigation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.navigation).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
	}

}
