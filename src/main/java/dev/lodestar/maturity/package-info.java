/**
 * The program across cycles: how well the confidence people gave during closed cycles
 * predicted how their key results ended (a Brier score with a calibration chart, per
 * person, per team and for the organisation). A person sees their own on My week, and
 * nobody else does.
 */
@ApplicationModule(allowedDependencies = { "cycles", "objectives", "objectives :: my-week", "organization" })
package dev.lodestar.maturity;

import org.springframework.modulith.ApplicationModule;
