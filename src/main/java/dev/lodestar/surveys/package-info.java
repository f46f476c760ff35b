/**
 * Feedback on the OKR process: at reflect everyone who takes part (every role but viewer)
 * is asked a short survey about how the cycle was run, a few statements on a scale of 1
 * to 5 and free-text questions. Answers are anonymous: who has answered is kept apart
 * from the answers, with nothing linking them. Admins and champions edit the questions
 * until the first answer arrives and read the aggregated results.
 */
@ApplicationModule(allowedDependencies = { "cycles", "mail", "organization" })
package dev.lodestar.surveys;

import org.springframework.modulith.ApplicationModule;
