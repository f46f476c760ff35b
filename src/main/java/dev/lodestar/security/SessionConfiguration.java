package dev.lodestar.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
	static BeanPostProcessor frugalSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof SessionRepository<?> sessions && !(bean instanceof FrugalSessions<?>)) {
					return new FrugalSessions<>(sessions);
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
