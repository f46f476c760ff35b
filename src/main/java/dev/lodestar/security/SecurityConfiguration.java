package dev.lodestar.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import dev.lodestar.organization.Actor;

/**
 * Three ways in: HTTP Basic only to create an API token (a token may not create one),
 * bearer tokens for the rest of the API (and an admin's for the Prometheus metrics), and
 * a sign-in form with a session (and CSRF protection) for the web app, whose tokens page
 * creates tokens too. Calls to a key result's hook carry no credentials: their signature
 * is checked by the hook.
 */
@Configuration
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * {@code /actuator/prometheus}: read by a metrics scraper, which cannot sign in, so
	 * it takes an admin's bearer token (a {@code read} token is enough) and nothing else.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens) throws Exception {
		var entryPoint = new ApiProblemEntryPoint("Bearer realm=\"Lodestar\"");
		return statelessApi(http, new BearerTokenFilter(tokens, entryPoint, false), entryPoint)
			.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(
						CurrentActor.rememberedIn(context.getRequest()).map(Actor::isAdmin).orElse(false))))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenCreation(HttpSecurity http, ApiTokens tokens, SignInAttempts attempts) throws Exception {
		var entryPoint = new ApiProblemEntryPoint("Basic realm=\"Lodestar\"");
		return statelessApi(http, new BearerTokenFilter(tokens, entryPoint, true), entryPoint)
			.addFilterBefore(new SignInThrottle(attempts), BasicAuthenticationFilter.class)
			.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
			.httpBasic((basic) -> basic.authenticationEntryPoint(entryPoint))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		var entryPoint = new ApiProblemEntryPoint("Bearer realm=\"Lodestar\"");
		return statelessApi(http, new BearerTokenFilter(tokens, entryPoint, false), entryPoint)
			.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/health", "/api/v1/openapi.json")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/hooks/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/password-resets")
				.permitAll()
				.anyRequest()
				.authenticated())
			.build();
	}

	private static HttpSecurity statelessApi(HttpSecurity http, BearerTokenFilter bearer,
			ApiProblemEntryPoint entryPoint) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, SignInAttempts attempts) throws Exception {
		return http.addFilterBefore(new SignInThrottle(attempts), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/sign-in", "/setup", "/preparing", "/invitations/*", "/css/**", "/js/**",
						"/webjars/**", "/error", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/password-reset", "/password-reset/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/sign-in")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, exception) -> {
					TypedEmail.keep(request);
					response.sendRedirect(request.getContextPath() + "/sign-in?error");
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/sign-in?signed-out")
				// pages may be kept by the browser (private, no-cache): signing out
				// empties its cache
				.addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.CACHE))))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

}
