package dev.lodestar.webhooks;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a delivery stands: still being tried, taken by the receiver, or given up.
 */
public enum DeliveryStatus {

	PENDING, DELIVERED, FAILED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
