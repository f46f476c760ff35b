package dev.lodestar.feeds;

/**
 * A hook call whose signature is missing or does not match the hook's secret: it changes
 * nothing and is answered with a 401.
 */
public class SignatureRefusedException extends RuntimeException {

	SignatureRefusedException(String message) {
		super(message);
	}

}
