package dev.lodestar.activity;

import java.time.Instant;
import java.util.UUID;

import dev.lodestar.organization.PersonId;
import dev.lodestar.organization.TeamId;

/**
 * One thing that happened, as the feed keeps it: its kind, the team it concerns
 * ({@code null}: the whole company), who did it, what it was about (the title at the
 * time) with the particulars, and where to see it.
 *
 * @param subject the title of what it is about: a key result, an objective, a cycle
 * @param detail the particulars: a check-in's values and confidence, a cycle's new phase
 */
public record ActivityEntry(UUID id, ActivityKind kind, TeamId teamId, PersonId actorId, String subject, String detail,
		String link, Instant createdAt) {

	/**
	 * The entry as a sentence, with the subject as the part that links: "Ada checked in
	 * Checkout completion: 53 % → 61 %, confidence 7", "Growth published ‘Make paying
	 * effortless’", "2027 Q1 moved to execute".
	 * @param actorName who did it, or {@code null} when they are gone
	 * @param teamName the team's name, or {@code null} for the company
	 */
	public Sentence sentence(String actorName, String teamName) {
		String actor = (actorName != null) ? actorName : "Someone";
		return switch (this.kind) {
			case CHECK_IN -> new Sentence(actor + " checked in ", this.subject, ": " + this.detail);
			case OBJECTIVE_CREATED -> new Sentence(actor + " drafted ‘", this.subject,
					"’ for " + ((teamName != null) ? teamName : "the company"));
			case OBJECTIVE_PUBLISHED ->
				new Sentence(((teamName != null) ? teamName : "The company") + " published ‘", this.subject, "’");
			case PHASE_CHANGED -> new Sentence("", this.subject, " moved to " + this.detail);
		};
	}

	/**
	 * A sentence in three parts: the words before the link, the link's text, the words
	 * after it.
	 */
	public record Sentence(String before, String linked, String after) {

		public String text() {
			return this.before + this.linked + this.after;
		}

	}

}
