/**
 * Retrospectives: what each team learned at the end of a cycle (what worked, what did
 * not, what it changes next cycle), marked as held once the team has met, and the
 * learnings it wrote about each of its objectives. Members and leads of the team write
 * it, admins and champions too; everyone reads. Nothing changes once the cycle is closed.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "organization" })
package dev.lodestar.retrospectives;

import org.springframework.modulith.ApplicationModule;
