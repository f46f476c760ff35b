package dev.lodestar.webhooks;

import java.util.List;

/**
 * A delivery with its attempts, first attempt first.
 */
public record DeliveryHistory(Delivery delivery, List<DeliveryAttempt> attempts) {

	public DeliveryHistory {
		attempts = List.copyOf(attempts);
	}

}
