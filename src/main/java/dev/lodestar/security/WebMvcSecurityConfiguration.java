package dev.lodestar.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link ActorResolver} with Spring MVC.
 */
@Configuration
class WebMvcSecurityConfiguration implements WebMvcConfigurer {

	private final ActorResolver actors;

	WebMvcSecurityConfiguration(ActorResolver actors) {
		this.actors = actors;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.actors);
	}

}
