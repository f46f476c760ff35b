/**
 * Review before publishing: when the organisation requires it (the setting
 * {@code objectiveReview} of {@code organization.Program}), a team submits its draft
 * objectives, and a lead of the parent team, a champion or an admin approves them (which
 * publishes them) or sends them back with a comment; nobody approves what they submitted
 * themselves. Every step is kept, the people who must act are notified, approvers see
 * what waits for them (a page, a count in the menu and a section of My week), and
 * champions see where every team stands in a cycle. The objective's status moves through
 * {@code Objectives.moveInReview}; objectives know nothing of this module, which joins
 * their pages through the sections they offer.
 */
@ApplicationModule(allowedDependencies = { "conversations", "cycles", "navigation", "objectives",
		"objectives :: objective-page", "objectives :: my-week", "organization" })
package dev.lodestar.review;

import org.springframework.modulith.ApplicationModule;
