package dev.lodestar.security;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts the web sessions Spring Session keeps in the database behind
 * {@link FrugalSessions}, so that a request reads its session once and writes it only
 * when something in it changed or its last access is a minute old.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	static BeanPostProcessor frugalSessions(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof SessionRepository<?> sessions && !(bean instanceof FrugalSessions<?>)) {
					return new FrugalSessions<>(sessions, environment.getProperty(
							"lodestar.sessions.last-access-granularity", Duration.class, Duration.ofMinutes(1)));
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<FrugalSessions.RequestScope> sessionRequestScope() {
		var registration = new FilterRegistrationBean<>(new FrugalSessions.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
