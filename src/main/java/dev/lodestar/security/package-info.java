/**
 * Who is signed in and how: email and password (hashed adaptively) for the web app and
 * for creating tokens, personal API tokens (only their hash is kept) for the API, the
 * first admin from the environment, and the bridge that hands every controller the
 * {@link dev.lodestar.organization.Actor} it acts for.
 */
@ApplicationModule(allowedDependencies = { "jobs", "mail", "organization" })
package dev.lodestar.security;

import org.springframework.modulith.ApplicationModule;
