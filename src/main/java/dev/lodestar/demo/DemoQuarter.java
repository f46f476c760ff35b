package dev.lodestar.demo;

/**
 * One quarter of the demo: the OKRs Northwind set in it and how it ran them.
 *
 * @param plan the company's and the teams' objectives set at the start
 * @param habits how often owners checked in, how honest their confidence was, and how the
 * quarter ended
 */
record DemoQuarter(DemoPlan plan, DemoHabits habits) {
}
