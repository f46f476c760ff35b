package dev.lodestar.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.lodestar.testing.MalformedInputs.Probe;

/**
 * Walks the OpenAPI document the application serves and sends every operation malformed
 * requests ({@link MalformedInputs}), as an admin with a token. A request fails when it
 * answers a 5xx, or a 4xx whose body is not {@code application/problem+json}. The probes
 * of each operation are drawn with a fixed seed and capped, so a run is deterministic and
 * bounded.
 */
public final class ApiFuzzer {

	private final Api admin;

	private final RawHttp raw;

	private final String authorization;

	private final Map<String, String> ids;

	private final int probesPerOperation;

	/**
	 * @param ids the ids of real resources by kind, as named in paths ({@code cycles},
	 * {@code objectives}, ...) and in parameters ({@code cycle}, {@code team}, ...)
	 */
	public ApiFuzzer(Api admin, RawHttp raw, String token, Map<String, String> ids, int probesPerOperation) {
		this.admin = admin;
		this.raw = raw;
		this.authorization = "Authorization: Bearer " + token;
		this.ids = ids;
		this.probesPerOperation = probesPerOperation;
	}

	public Figures run(JsonNode document, long seed) {
		Random random = new Random(seed);
		Figures figures = new Figures();
		for (Operation operation : Operation.all(document)) {
			List<Probe> probes = new ArrayList<>(
					new MalformedInputs(operation, this.ids, document.path("components")).probes());
			Collections.shuffle(probes, random);
			figures.operations++;
			for (Probe probe : probes.subList(0, Math.min(this.probesPerOperation, probes.size()))) {
				figures.record(operation, probe, send(probe));
			}
		}
		return figures;
	}

	private Reply send(Probe probe) {
		if (probe.raw()) {
			return this.raw.send(probe.method(), probe.target(),
					List.of(this.authorization, probe.headers().get("raw-content-type")), probe.body());
		}
		return this.admin.send(probe.method(), probe.target(),
				probe.body().length == 0 ? null : new String(probe.body(), StandardCharsets.UTF_8), probe.headers());
	}

	/** What a run sent and saw. */
	public static final class Figures {

		private int operations;

		private int requests;

		private final Map<Integer, Integer> statuses = new TreeMap<>();

		private final List<String> failures = new ArrayList<>();

		void record(Operation operation, Probe probe, Reply reply) {
			this.requests++;
			this.statuses.merge(reply.status(), 1, Integer::sum);
			String type = (reply.contentType() != null) ? reply.contentType() : "";
			boolean failed = reply.status() >= 500
					|| (reply.status() >= 400 && !type.startsWith("application/problem+json"));
			if (failed) {
				this.failures.add(operation + " ← " + probe.describe() + " → " + reply.status() + " " + type + " "
						+ abbreviated(reply.body()));
			}
		}

		private static String abbreviated(String body) {
			return (body.length() > 200) ? body.substring(0, 200) + "..." : body;
		}

		public int operations() {
			return this.operations;
		}

		public int requests() {
			return this.requests;
		}

		public Map<Integer, Integer> statuses() {
			return this.statuses;
		}

		public List<String> failures() {
			return this.failures;
		}

		@Override
		public String toString() {
			return this.operations + " operations, " + this.requests + " requests, statuses " + this.statuses + ", "
					+ this.failures.size() + " failed";
		}

	}

}
