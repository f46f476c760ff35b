package dev.lodestar.webhooks;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a {@link Delivery}; receivers see it as {@code X-Lodestar-Delivery}.
 */
public record DeliveryId(@JsonValue UUID value) {

	public static DeliveryId random() {
		return new DeliveryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
