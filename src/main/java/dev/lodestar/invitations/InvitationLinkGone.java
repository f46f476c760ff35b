package dev.lodestar.invitations;

/**
 * An invitation's link that opens nothing (any more): why, and whom to ask for a new one.
 *
 * @param reason why the link does not work
 * @param invitedByName who sent the invitation, {@code null} when unknown
 */
public class InvitationLinkGone extends RuntimeException {

	private final Reason reason;

	private final String invitedByName;

	InvitationLinkGone(Reason reason, String invitedByName) {
		super("The invitation link does not work: " + reason);
		this.reason = reason;
		this.invitedByName = invitedByName;
	}

	public Reason reason() {
		return this.reason;
	}

	public String invitedByName() {
		return this.invitedByName;
	}

	/** Why a link does not work. */
	public enum Reason {

		/** Not one of ours: mistyped, cut off, made up, or replaced by a newer link. */
		UNKNOWN,

		/** Used already: the person is in. */
		USED,

		/** Past its seven days. */
		EXPIRED,

		/** Withdrawn. */
		REVOKED

	}

}
