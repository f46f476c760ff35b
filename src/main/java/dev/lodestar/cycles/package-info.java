/**
 * Cycles: the time boxes of an OKR program (a quarter by default) and the phases each one
 * moves through, prepare → set → execute → reflect → closed, one step at a time. A closed
 * cycle is read-only.
 */
@ApplicationModule(allowedDependencies = { "organization" })
package dev.lodestar.cycles;

import org.springframework.modulith.ApplicationModule;
