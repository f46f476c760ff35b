package dev.lodestar.objectives;

/**
 * The shared-objective scenarios on H2.
 */
class SharedObjectivesApiTests extends SharedObjectiveScenarios {

}
