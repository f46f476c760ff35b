/**
 * The organisation Lodestar serves: people, the tree of teams they belong to (with
 * leads), and the role that says what each person may do.
 * {@link dev.lodestar.organization.Actor} is how every other feature asks "may this
 * person do that?".
 */
@ApplicationModule(allowedDependencies = { "mail", "versions" })
package dev.lodestar.organization;

import org.springframework.modulith.ApplicationModule;
