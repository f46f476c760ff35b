package dev.lodestar.security;

import org.springframework.test.context.TestPropertySource;

/**
 * The throttle on password attempts on H2.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:throttle;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"lodestar.sign-in.max-failures=" + SignInThrottleContract.PER_EMAIL,
		"lodestar.sign-in.max-failures-per-client=" + SignInThrottleContract.PER_CLIENT })
class SignInThrottleTests extends SignInThrottleContract {

}
