package dev.lodestar.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand on a socket, for requests a client library will not send: a
 * {@code Host} header naming another site, forwarded headers of a proxy.
 */
final class RawHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private RawHttp() {
	}

	/** Sends a request (method, path, headers without the final blank line, body). */
	static Answer send(int port, String method, String path, List<String> headers, String body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			headers.forEach((header) -> request.append(header).append("\r\n"));
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\n");
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			try (InputStream in = socket.getInputStream()) {
				return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	/** A response: its status, its headers as they came, and its body. */
	record Answer(int status, List<String> headers, String body) {

		static Answer parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, (end < 0) ? raw.length() : end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new Answer(status, headers, (end < 0) ? "" : raw.substring(end + 4));
		}

		List<String> all(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((header) -> header.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((header) -> header.substring(prefix.length()).strip())
				.toList();
		}

		String header(String name) {
			List<String> values = all(name);
			return values.isEmpty() ? null : values.get(0);
		}

		/** The session cookie this answer sets, as {@code name=value}. */
		String sessionCookie() {
			return all("Set-Cookie").stream()
				.filter((cookie) -> cookie.startsWith("SESSION="))
				.map((cookie) -> cookie.split(";")[0])
				.findFirst()
				.orElse(null);
		}

		String csrf() {
			Matcher matcher = CSRF.matcher(this.body);
			return matcher.find() ? matcher.group(1) : null;
		}

	}

}
