package dev.lodestar.feeds.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import dev.lodestar.feeds.HookSignature;
import dev.lodestar.feeds.Hooks;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultType;
import dev.lodestar.web.PublicAddress;

/**
 * What the data feed section shows of a key result's hook: whether it is on, where it is,
 * and, right after it was issued, its secret and a call to copy.
 *
 * @param secret the secret, only just after it was issued; {@code null} otherwise
 */
record DataFeedView(String keyResultId, String keyResultTitle, boolean milestone, boolean active, String url,
		Instant issuedAt, String secret, boolean switchedOffNow) {

	static DataFeedView of(KeyResult keyResult, Hooks.HookStatus hook) {
		return new DataFeedView(keyResult.id().toString(), keyResult.title(),
				keyResult.type() == KeyResultType.MILESTONE, hook != null, (hook != null) ? hook.url() : null,
				(hook != null) ? hook.renewedAt() : null, null, false);
	}

	static DataFeedView issued(KeyResult keyResult, Hooks.IssuedHook hook) {
		return new DataFeedView(keyResult.id().toString(), keyResult.title(),
				keyResult.type() == KeyResultType.MILESTONE, true, hook.url(), hook.issuedAt(), hook.secret(), false);
	}

	/** The same, with the hook's address as the person reached Lodestar. */
	DataFeedView at(PublicAddress address, HttpServletRequest request) {
		return new DataFeedView(this.keyResultId, this.keyResultTitle, this.milestone, this.active,
				address.forPage(this.url, request), this.issuedAt, this.secret, this.switchedOffNow);
	}

	DataFeedView switchedOff() {
		return new DataFeedView(this.keyResultId, this.keyResultTitle, this.milestone, false, null, null, null, true);
	}

	/**
	 * A shell call that signs a body with the secret and sends it, for the person to
	 * copy.
	 */
	public String curl() {
		String body = "{\"value\": " + (this.milestone ? "1" : "42") + ", \"note\": \"Sent by the nightly job\"}";
		return "BODY='" + body + "'\n" + "SIGNATURE=$(printf '%s' \"$BODY\" | openssl dgst -sha256 -hmac '"
				+ this.secret + "' | sed 's/^.* //')\n" + "curl -X POST '" + this.url + "' \\\n"
				+ "  -H 'Content-Type: application/json' \\\n" + "  -H \"" + HookSignature.HEADER
				+ ": sha256=$SIGNATURE\" \\\n" + "  --data \"$BODY\"";
	}

}
