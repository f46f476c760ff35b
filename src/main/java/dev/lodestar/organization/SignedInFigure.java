package dev.lodestar.organization;

/**
 * A number about the signed-in person that another feature wants on every page (how many
 * of their notifications are unread, the version of what a page frame caches), read in
 * the same statement as the person by {@link SignedInPeople}, so that every page pays one
 * statement for who is signed in and what surrounds the page.
 */
public interface SignedInFigure {

	/** The figure's name in {@link SignedIn#figure(String)}. */
	String name();

	/**
	 * A scalar SQL subquery yielding a number, in which {@code p.id} is the person's id:
	 * for example {@code (select count(*) from notification n where n.person_id = p.id)}.
	 * It must use an index: every signed-in page runs it.
	 */
	String sql();

}
