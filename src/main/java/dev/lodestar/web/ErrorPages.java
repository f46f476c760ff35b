package dev.lodestar.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers what no controller handled (an unknown address, a failure before a controller
 * was reached): as problem+json under {@code /api/}, as a plain page elsewhere. Neither
 * shows anything of the inside.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith("/api/")) {
			return api(status, uri);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("reason", status.getReasonPhrase());
		return "error";
	}

	private static ResponseEntity<Object> api(HttpStatus status, String uri) {
		String detail = switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take that method.";
			case PAYLOAD_TOO_LARGE -> "The request body is too large.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; please try again."
					: status.getReasonPhrase();
		};
		ProblemDetail problem = Problems.of(status, "http-" + status.value(), status.getReasonPhrase(), detail);
		problem.setInstance(URI.create(uri));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
