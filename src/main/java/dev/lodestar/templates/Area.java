package dev.lodestar.templates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The part of a company a template is written for; the library is browsed by area.
 */
public enum Area {

	SALES("Sales"), CUSTOMER_SUCCESS("Customer success"), ENGINEERING("Engineering"), PRODUCT("Product"),
	PEOPLE("People"), FINANCE("Finance"), OPERATIONS("Operations"), MARKETING("Marketing"), SUPPORT("Support");

	private final String label;

	Area(String label) {
		this.label = label;
	}

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String label() {
		return this.label;
	}

	/**
	 * The area a text names, only by its exact value such as {@code customer-success}.
	 */
	public static Optional<Area> of(String raw) {
		return Arrays.stream(values()).filter((area) -> area.value().equals(raw)).findFirst();
	}

	/** The values, for a message that lists them. */
	public static String names() {
		return Arrays.stream(values()).map(Area::value).collect(Collectors.joining(", "));
	}

}
