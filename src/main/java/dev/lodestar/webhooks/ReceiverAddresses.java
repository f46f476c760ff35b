package dev.lodestar.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.shared.InvalidInputException;

/**
 * Keeps webhooks from reaching inside the network Lodestar runs in (server-side request
 * forgery): a receiver's host name is resolved, and an address that is loopback,
 * link-local (cloud metadata services live there), private, multicast, unspecified or
 * reserved is refused — when the webhook is saved and again before each delivery, so a
 * name that later resolves inside is caught. The JVM keeps a resolved name for 30 s, so
 * the HTTP client that posts right after the check connects to the address checked.
 * {@code lodestar.webhooks.allow-private-addresses=true} allows such receivers on
 * purpose.
 */
@Component
class ReceiverAddresses {

	static final String SETTING = "lodestar.webhooks.allow-private-addresses";

	private final boolean allowPrivate;

	ReceiverAddresses(@Value("${" + SETTING + ":false}") boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/**
	 * Refuses, naming {@code url}, a receiver whose host resolves to an internal address.
	 * A name that does not resolve now is let through: it reaches nothing now, and each
	 * delivery checks it again.
	 */
	void checkSaved(String url) {
		refusal(url).ifPresent((reason) -> {
			throw InvalidInputException.of("url", reason);
		});
	}

	/**
	 * Why a delivery to this address may not be sent, or empty when it may (or when its
	 * name does not resolve: the attempt then fails as any unreachable receiver does).
	 */
	Optional<String> refusal(String url) {
		if (this.allowPrivate) {
			return Optional.empty();
		}
		String host = URI.create(url).getHost();
		if (host == null) {
			return Optional.empty();
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				Optional<String> kind = InternalAddress.kindOf(address);
				if (kind.isPresent()) {
					return Optional.of(reason(host, address, kind.get()));
				}
			}
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static String reason(String host, InetAddress address, String kind) {
		String literal = address.getHostAddress();
		boolean named = !host.equalsIgnoreCase(literal) && !host.equals("[" + literal + "]");
		String where = named ? host + " resolves to " + literal + ", which is" : literal + " is";
		return "must reach a receiver outside Lodestar's network: " + where + " an internal address (" + kind
				+ "; an installation may allow these with " + SETTING + "=true)";
	}

}
