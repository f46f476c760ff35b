/**
 * Templates of objectives: a library of good objectives with measurable key results by
 * area, each beside a weak version of the same objective and why it is weak, so that a
 * team learns the difference by example. A team starts a draft from a template and then
 * adapts it; the coach's rule {@code template-unchanged} says so while the title or the
 * key results are still the template's. The built-in library is a resource file; admins
 * and champions add the organisation's own templates, kept in a table. Objectives and key
 * results are created through the objectives module's services.
 */
@ApplicationModule(allowedDependencies = { "coach", "cycles", "objectives", "objectives :: resources", "organization" })
package dev.lodestar.templates;

import org.springframework.modulith.ApplicationModule;
