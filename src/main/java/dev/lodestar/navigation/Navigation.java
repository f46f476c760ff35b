package dev.lodestar.navigation;

import java.util.List;

/**
 * The frame of a page: the signed-in person, the current cycle, and the teams they belong
 * to (their shortcuts to team pages).
 *
 * @param personName who is signed in
 * @param runsProgram whether they may manage cycles (admins and champions)
 * @param admin whether they may manage people and teams
 * @param cycle the current cycle, or {@code null} before the first one exists
 * @param teams the teams the person belongs to
 * @param unread how many of their notifications they have not read
 * @param entries the entries other features add to the menu ({@link MenuEntries})
 * @param path the path of the page shown, to mark where the person is in the menu
 */
public record Navigation(String personName, boolean runsProgram, boolean admin, CurrentCycle cycle,
		List<TeamLink> teams, long unread, List<MenuEntry> entries, String path) {

	/**
	 * Whether the menu's entry for {@code href} is where the person is: the page itself
	 * or one below it ("/admin/people" is in "/admin"); "/" (My week) only for itself.
	 */
	public boolean current(String href) {
		if (this.path == null) {
			return false;
		}
		if (href.equals("/")) {
			return this.path.equals("/");
		}
		return this.path.equals(href) || this.path.startsWith(href + "/");
	}

	/**
	 * An entry of the menu: its words, where it leads, and how many things wait there for
	 * the person (0 shows no count).
	 */
	public record MenuEntry(String label, String href, long count) {

		/** What a screen reader says of the entry, the count included. */
		public String ariaLabel() {
			return (this.count > 0) ? this.label + ", " + this.count + " waiting" : this.label;
		}

		/** The name of the icon drawn before the entry (templates/web/icons.html). */
		public String icon() {
			return switch (this.href) {
				case "/training" -> "training";
				case "/reviews" -> "review";
				case "/program" -> "program";
				case "/admin/invitations" -> "invite";
				default -> "dot";
			};
		}

	}

	/**
	 * The cycle people work in now, with its phase and what the phase is for.
	 */
	public record CurrentCycle(String id, String name, String phase, String purpose) {
	}

	/**
	 * A team's name and where its page is.
	 */
	public record TeamLink(String id, String name) {
	}

}
