/**
 * Training built in: short modules on the method and on Lodestar (resource files under
 * {@code training/}), each ending with a few questions; a module is completed when every
 * answer is right, and completion is kept per person with its time. The module for leads
 * is meant for people who lead a team and for champions and admins; a person is done when
 * every module meant for them is completed. Champions and admins see who has finished
 * across the organisation, leads in their teams; My week invites a person until they are
 * done, and the readiness of a cycle counts them through
 * {@link dev.lodestar.training.TrainingCompletions}.
 */
@ApplicationModule(allowedDependencies = { "navigation", "objectives :: my-week", "organization" })
package dev.lodestar.training;

import org.springframework.modulith.ApplicationModule;
