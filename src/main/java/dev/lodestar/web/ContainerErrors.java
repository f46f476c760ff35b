package dev.lodestar.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The answers of requests that the servlet container refuses before the application sees
 * them (an encoded {@code /}, a {@code \}, NUL or bytes that are not UTF-8 in the path,
 * headers over the size limit): problem+json under {@code /api/}, the container's plain
 * page elsewhere, and never the server's name or version.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				addOnce(host);
			}
		});
	}

	private static void addOnce(Host host) {
		for (var valve : host.getPipeline().getValves()) {
			if (valve instanceof ProblemReportValve) {
				return;
			}
		}
		host.getPipeline().addValve(new ProblemReportValve());
	}

	/** Tomcat's error report, as problem+json for the API. */
	public static class ProblemReportValve extends ErrorReportValve {

		public ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String uri = request.getRequestURI();
			if (uri == null || !uri.startsWith("/api/")) {
				super.report(request, response, throwable);
				return;
			}
			int code = response.getStatus();
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus status = HttpStatus.resolve(code);
			status = (status != null) ? status : HttpStatus.BAD_REQUEST;
			ProblemDetail problem = Problems.of(status, "http-" + code, status.getReasonPhrase(),
					status.is5xxServerError() ? "Something went wrong on our side; please try again."
							: "The request could not be read: its address or headers are malformed or too large.");
			try {
				problem.setInstance(URI.create(uri));
			}
			catch (IllegalArgumentException ex) {
				// an address that is not a URI is not repeated
			}
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(Problems.json(problem));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone; nothing more to say
			}
		}

	}

}
