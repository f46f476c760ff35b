/**
 * Demo data: with {@code lodestar.demo.enabled=true} (or
 * {@code LODESTAR_DEMO_ENABLED=true}) an empty Lodestar fills itself with Northwind, a
 * made-up company of about thirty people in four departments, with a year of OKRs: four
 * closed quarters in which its program grows from a first cycle to teams at mastery
 * (check-ins, carried-over key results, retrospectives and surveys becoming routine,
 * confidence becoming honest), and a current quarter in execution, with published and
 * aligned OKRs (weighted links to several parents, a roll-up key result, an objective
 * shared by two teams), dependencies between teams, and weeks of check-ins, so that
 * anyone can try the whole OKR cycle, and read how a program matures, without typing a
 * thing. It goes only through the public services of the other features, so the data
 * obeys every domain rule, and it never touches a database that already holds teams or
 * cycles. Everyone signs in with the password "lodestar-demo".
 */
@ApplicationModule(allowedDependencies = { "conversations", "cycles", "dependencies", "objectives", "organization",
		"retrospectives", "rhythm", "surveys" })
package dev.lodestar.demo;

import org.springframework.modulith.ApplicationModule;
