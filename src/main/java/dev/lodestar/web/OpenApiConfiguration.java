package dev.lodestar.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /api/v1/openapi.json} says about the API as a
 * whole; the operations and schemas come from the controllers themselves.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI lodestarOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Lodestar API")
				.version("v1")
				.description("Objectives, key results, check-ins and the cycle they run in. "
						+ "Authenticate with Authorization: Bearer <token>; create a token with "
						+ "POST /api/v1/tokens and HTTP Basic (email and password). "
						+ "Errors are application/problem+json (RFC 9457)."))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("token"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
