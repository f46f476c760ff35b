/**
 * Bringing a whole organisation in from a CSV file (what an HR export gives): people,
 * their roles, the teams they belong to and lead, and the tree of teams. A preview says
 * what each row would do; applying changes everything or nothing, and the same file
 * applied again changes nothing.
 */
@ApplicationModule(allowedDependencies = { "organization", "invitations" })
package dev.lodestar.imports;

import org.springframework.modulith.ApplicationModule;
