package dev.lodestar.alignment;

/**
 * The alignment graph and coverage scenarios on H2.
 */
class AlignmentApiTests extends AlignmentGraphScenarios {

}
