package dev.lodestar.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;

/**
 * What the OpenAPI document at {@code /api/v1/openapi.json} says about the API as a
 * whole; the operations and schemas come from the controllers themselves. Added here for
 * every operation: the error answers it can give (problem+json), {@code 201} for the
 * operations marked {@link ApiCreated}, {@code 204} for those that answer no body, and
 * {@code null} as a value of every property a schema does not require.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

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

	@Bean
	GlobalOperationCustomizer successStatuses() {
		return (operation, handler) -> {
			ApiCreated created = handler.getMethodAnnotation(ApiCreated.class);
			if (created != null) {
				answerCreated(operation, created.orUpdated());
			}
			else if (answersNoBody(handler)) {
				ApiResponse ok = operation.getResponses().remove("200");
				operation.getResponses()
					.addApiResponse("204", (ok != null) ? ok.content(null).description("No Content")
							: new ApiResponse().description("No Content"));
			}
			return operation;
		};
	}

	@Bean
	GlobalOpenApiCustomizer errorStatuses() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::allowNullWhereOptional);
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> addErrors(path, method, operation)));
		};
	}

	private static void answerCreated(Operation operation, boolean orUpdated) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		ApiResponse created = new ApiResponse().description("Created")
			.content((ok != null) ? ok.getContent() : null)
			.addHeaderObject("Location",
					new Header().description("The path of the new resource, relative to the server (no scheme or host)")
						.schema(new Schema<String>().type("string")));
		if (!orUpdated) {
			responses.remove("200");
		}
		responses.addApiResponse("201", created);
	}

	private static boolean answersNoBody(HandlerMethod handler) {
		ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
		return ResponseEntity.class.equals(type.resolve()) && Void.class.equals(type.getGeneric(0).resolve());
	}

	/**
	 * The errors an operation can answer, read from its shape: every one can be refused
	 * as bad input; a public one ({@code /api/v1/health}, the hooks) is not signed in; an
	 * id in the path can be unknown; a write can conflict with the state; an
	 * {@code If-Match} can be stale; any request can carry a Content-Type that no
	 * operation reads (a wildcard, a multipart without its boundary). A read may answer
	 * {@code 304} to a conditional GET ({@link ConditionalGets}).
	 */
	private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "Malformed or invalid input; errors name the fields");
		if (!path.equals("/api/v1/health")) {
			errors.put("401", "No or bad credentials");
			errors.put("403", "Signed in but not allowed");
		}
		if (path.contains("{")) {
			errors.put("404", "Unknown id");
		}
		if (method != PathItem.HttpMethod.GET) {
			errors.put("409", "The request conflicts with the state");
		}
		if (parameters(operation).stream().anyMatch((parameter) -> "If-Match".equalsIgnoreCase(parameter.getName()))) {
			errors.put("412", "The If-Match no longer matches the resource's version");
		}
		if (operation.getRequestBody() != null || method != PathItem.HttpMethod.GET) {
			errors.put("413", "A body larger than the request-size limit");
		}
		errors.put("415",
				"A Content-Type that is a wildcard or lacks its boundary, or a body the operation does not read");
		if (!path.equals("/api/v1/health")) {
			errors.put("429", "Too many requests or sign-in attempts; retry later");
		}
		ApiResponses responses = operation.getResponses();
		if (method == PathItem.HttpMethod.GET && ConditionalGets.revalidates(path)) {
			responses.addApiResponse("304", new ApiResponse().description(
					"Not Modified: If-None-Match names the ETag of the answer as it stands (lists carry a weak ETag made of their content)"));
		}
		errors.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, problem(description));
			}
		});
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema error = new Schema<>().type("object")
			.addProperty("field", new Schema<>().type("string"))
			.addProperty("message", new Schema<>().type("string"))
			.required(List.of("field", "message"));
		return new Schema<>().type("object")
			.description("An error, as RFC 9457 describes it")
			.addProperty("type", new Schema<>().type("string").format("uri"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string"))
			.addProperty("errors", new Schema<>().type("array").items(error))
			.required(new ArrayList<>(List.of("title", "status")));
	}

	/**
	 * A property a schema does not list as required may be {@code null} in an answer (a
	 * company-wide objective's {@code teamId}, a key result's {@code confidence} before
	 * its first check-in).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void allowNullWhereOptional(Schema schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		Map<String, Schema> properties = schema.getProperties();
		properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.getAnyOf() != null && property.getAnyOf()
			.stream()
			.anyMatch((member) -> ((Schema) member).getTypes() != null
					&& ((Schema) member).getTypes().contains("null"))) {
			return property;
		}
		if (property.get$ref() != null || property.getAnyOf() != null || property.getOneOf() != null) {
			return new Schema<>().anyOf(List.of(property, new Schema<>().typesItem("null")));
		}
		if (property.getTypes() != null && !property.getTypes().isEmpty()) {
			property.addType("null");
			if (property.getEnum() != null && !property.getEnum().contains(null)) {
				// a list of allowable values from an annotation cannot grow
				List values = new ArrayList<>(property.getEnum());
				values.add(null);
				property.setEnum(values);
			}
		}
		return property;
	}

}
