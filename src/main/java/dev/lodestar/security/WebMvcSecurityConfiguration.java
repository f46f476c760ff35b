package dev.lodestar.security;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.lodestar.organization.Actor;

/**
 * Registers the {@link ActorResolver} with Spring MVC, and tells the OpenAPI document
 * that the {@link Actor} it hands to controllers is not an input of the operation.
 */
@Configuration
class WebMvcSecurityConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	private final ActorResolver actors;

	WebMvcSecurityConfiguration(ActorResolver actors) {
		this.actors = actors;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.actors);
	}

}
