package dev.lodestar.alignment;

/**
 * The alignment map's statement counts on H2.
 */
class AlignmentMapQueryCountTests extends AlignmentMapQueryCountScenarios {

}
