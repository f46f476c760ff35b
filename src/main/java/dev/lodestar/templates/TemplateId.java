package dev.lodestar.templates;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.lodestar.shared.NotFoundException;

/**
 * Identifies a {@link Template}: a readable name for a built-in one (such as
 * {@code sales-expansion-revenue}), a UUID for one of the organisation's own. Opaque to
 * clients either way.
 */
public record TemplateId(@JsonValue String value) {

	static final int MAX_LENGTH = 64;

	/**
	 * The id in a path; one that could not be any template's is simply not found.
	 */
	public static TemplateId fromPath(String raw) {
		if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || !raw.matches("[a-z0-9-]+")) {
			throw new NotFoundException("template", raw);
		}
		return new TemplateId(raw);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
