package dev.lodestar.conversations;

import org.springframework.stereotype.Component;

import dev.lodestar.organization.SignedInFigure;

/**
 * How many of the signed-in person's notifications are unread, for the header of every
 * page: read with the person, through the {@code (person_id, read_at)} index.
 */
@Component
class UnreadNotificationsFigure implements SignedInFigure {

	/** The figure's name in {@link dev.lodestar.organization.SignedIn#figure(String)}. */
	static final String NAME = "unread_notifications";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String sql() {
		return "(select count(*) from notification n where n.person_id = p.id and n.read_at is null)";
	}

}
