package dev.lodestar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import dev.lodestar.shared.Dates;
import dev.lodestar.shared.Text;

/**
 * Builds the problem documents of the API, so every error has the same shape wherever it
 * arises.
 */
public final class Problems {

	/** Problem types are URNs: stable names that need no web page. */
	public static final String TYPE_PREFIX = "urn:lodestar:problem:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	public static ResponseEntity<Object> answer(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(of(status, type, title, detail));
	}

	/**
	 * The problem as JSON text, for the places that write a response before Spring MVC
	 * could (filters, the servlet container's error report).
	 */
	static String json(ProblemDetail problem) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", problem.getType().toString());
		fields.put("title", problem.getTitle());
		fields.put("status", problem.getStatus());
		fields.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			fields.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			fields.putAll(problem.getProperties());
		}
		return JSON.writeValueAsString(fields);
	}

	/**
	 * The JSON path of the property that failed, such as {@code keyResults[0].weight}.
	 */
	static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	static String typeMessage(DatabindException ex) {
		Class<?> target = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (target == null) {
			return "has the wrong type";
		}
		if (ex instanceof InvalidFormatException format && format.getValue() instanceof String text) {
			if (target == LocalDate.class) {
				return Dates.MESSAGE;
			}
			if (target == String.class && Text.unkeepable(text) != null) {
				return Text.unkeepable(text);
			}
		}
		if (target.isEnum()) {
			return "must be one of " + Arrays.stream(target.getEnumConstants())
				.map((constant) -> MergePatch.jsonName((Enum<?>) constant))
				.collect(Collectors.joining(", "));
		}
		if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(target) || target == double.class) {
			return "must be a number";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "must be true or false";
		}
		if (target == String.class) {
			return "must be a string";
		}
		if (ex instanceof InvalidFormatException) {
			return "has a value that cannot be read";
		}
		return "has the wrong type";
	}

}
