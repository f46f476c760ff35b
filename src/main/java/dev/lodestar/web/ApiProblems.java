package dev.lodestar.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.FieldError;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;
import dev.lodestar.shared.StaleVersionException;
import dev.lodestar.shared.TooManyAttemptsException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of an API call into an RFC 9457 {@code application/problem+json}
 * answer: the domain's failures into 400, 403, 404, 409, 412 and 429; malformed JSON and
 * wrong types into a 400 that names the field; anything unforeseen into a 500 that says
 * nothing about the inside.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidInputException ex) {
		return invalidInput(ex.getMessage(), ex.errors());
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> forbidden(ForbiddenException ex) {
		return Problems.answer(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> tooManyAttempts(TooManyAttemptsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too Many Requests", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Object> conflict(ConflictException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors",
					ex.errors()
						.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<Object> stale(StaleVersionException ex) {
		return Problems.answer(HttpStatus.PRECONDITION_FAILED, "stale-version", "Precondition failed", ex.getMessage());
	}

	/**
	 * Two writes of the same version raced. A loser that sent {@code If-Match} gets the
	 * 412 it would have got a moment later; without it, a 409.
	 */
	@ExceptionHandler
	ResponseEntity<Object> concurrentUpdate(ConcurrencyFailureException ex, HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
			return Problems.answer(HttpStatus.PRECONDITION_FAILED, "stale-version", "Precondition failed",
					"Someone else changed this at the same moment; the version in If-Match is no longer current.");
		}
		return Problems.answer(HttpStatus.CONFLICT, "concurrent-update", "Conflict",
				"Someone else changed this at the same moment; read it again and retry.");
	}

	@ExceptionHandler
	ResponseEntity<Object> stillReferenced(DataIntegrityViolationException ex) {
		log.debug("Refused by a database constraint", ex);
		return Problems.answer(HttpStatus.CONFLICT, "conflict", "Conflict",
				"This is still used elsewhere (or was changed at the same moment), so it cannot be changed this way.");
	}

	@ExceptionHandler
	ResponseEntity<Object> wrongParameter(MethodArgumentTypeMismatchException ex) {
		return invalidInput("A query parameter has the wrong type.",
				List.of(new FieldError(ex.getName(), "has the wrong type")));
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected failure of an API call", ex);
		return Problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"Something went wrong on our side; nothing you sent was kept. Please try again.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = Problems.path(databind);
			return invalidInput("The field " + field + " has the wrong type or value.",
					List.of(new FieldError(field, Problems.typeMessage(databind))));
		}
		return invalidInput("The body is not valid JSON.",
				List.of(new FieldError("body", "must be a well-formed JSON object")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidInput("A query parameter is missing.",
				List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			problem.setType(URI.create(Problems.TYPE_PREFIX + "http-" + statusCode.value()));
		}
		return ResponseEntity.status(statusCode)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	private static ResponseEntity<Object> invalidInput(String detail, List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
		problem.setProperty("errors",
				errors.stream().map((error) -> Map.of("field", error.field(), "message", error.message())).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
