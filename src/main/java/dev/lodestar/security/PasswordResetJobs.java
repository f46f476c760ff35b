package dev.lodestar.security;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that answers a password reset request in the background, so that the request
 * itself does the same work whether the address has an account or not.
 */
@Configuration(proxyBeanMethods = false)
class PasswordResetJobs {

	@Bean
	OneTimeTask<String> passwordResetTask(ObjectProvider<PasswordResets> resets) {
		return Tasks.oneTime("password-reset-request", String.class)
			.execute((instance, context) -> resets.getObject().sendIfActive(instance.getData()));
	}

}
