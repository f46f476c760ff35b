package dev.lodestar.surveys;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a survey question is answered.
 */
public enum QuestionKind {

	/** A statement rated from 1 (strongly disagree) to 5 (strongly agree). */
	SCALE,

	/** A free text of up to 10,000 characters. */
	TEXT;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a request names, or {@code null} for an unknown one. */
	public static QuestionKind of(String raw) {
		if (raw == null) {
			return null;
		}
		for (QuestionKind kind : values()) {
			if (kind.value().equals(raw.strip().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		return null;
	}

}
