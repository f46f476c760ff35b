/**
 * Bringing people in: an admin (or a champion, for members and viewers) invites a person
 * by email; the mail carries a single-use link, valid seven days, to a page where the
 * person sets their name and password and is signed in.
 */
@ApplicationModule(allowedDependencies = { "mail", "navigation", "organization", "security" })
package dev.lodestar.invitations;

import org.springframework.modulith.ApplicationModule;
