package dev.lodestar.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import dev.lodestar.testing.ApiTest;
import dev.lodestar.testing.CleanPostgresSchema;
import dev.lodestar.testing.PostgresSuite;

/**
 * The throttle on password attempts on PostgreSQL, where concurrent attempts wait on the
 * row of their count, in a schema of its own.
 */
@PostgresSuite
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + PostgresSuite.URL + "?currentSchema=credentials_throttle",
				"spring.datasource.username=" + PostgresSuite.USER, "spring.datasource.password=",
				"spring.flyway.schemas=credentials_throttle", "spring.flyway.clean-disabled=false",
				"lodestar.admin.email=" + ApiTest.ADMIN_EMAIL, "lodestar.admin.password=" + ApiTest.ADMIN_PASSWORD,
				"spring.mail.port=" + ApiTest.SMTP_PORT, "lodestar.surveys.invitations=false",
				"lodestar.sign-in.max-failures=" + SignInThrottleContract.PER_EMAIL,
				"lodestar.sign-in.max-failures-per-client=" + SignInThrottleContract.PER_CLIENT })
@Import(CleanPostgresSchema.class)
class SignInThrottleOnPostgresTests extends SignInThrottleContract {

}
