package dev.lodestar.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for the requests that Java's
 * {@code HttpClient} refuses to send: a raw {@code \} or control character in the path,
 * bytes that are not UTF-8, oversized headers. One request per connection.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends {@code method target} with the given header lines (each {@code Name: value};
	 * a {@code Host} among them replaces this server's) and body, and reads the whole
	 * answer.
	 */
	public Reply send(String method, String target, List<String> headers, byte[] body) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
			request.write(target.getBytes(StandardCharsets.ISO_8859_1));
			StringBuilder head = new StringBuilder(" HTTP/1.1\r\n");
			if (headers.stream().noneMatch((header) -> header.regionMatches(true, 0, "Host:", 0, 5))) {
				head.append("Host: localhost:").append(this.port).append("\r\n");
			}
			headers.forEach((header) -> head.append(header).append("\r\n"));
			head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
			request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			request.write(body);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The raw request " + method + " " + target + " failed", ex);
		}
	}

	public Reply get(String target, List<String> headers) {
		return send("GET", target, headers, new byte[0]);
	}

	private static Reply read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("No complete answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).strip(), (name) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).strip());
		}
		HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if (parsed.firstValue("Transfer-Encoding").orElse("").equalsIgnoreCase("chunked")) {
			body = unchunk(body);
		}
		return new Reply(status, parsed, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOfCrLf(chunked, at);
			String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, length);
			at = lineEnd + 2 + length + 2;
		}
		return body.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

}
