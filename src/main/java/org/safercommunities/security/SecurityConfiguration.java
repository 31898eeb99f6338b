package org.safercommunities.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.system.JourneyCookie;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach which address. Everything under /staff needs a signed-in staff member; administration and
 * the audit log need the admin role. Record-level rules (role and organisation) are enforced again in each
 * module's services, so a page that forgets a check still cannot leak a record.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Only when serving: the {@code import} command line starts without a web server. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers handlers,
			ThrottledAuthenticationProvider authenticationProvider, AuditedAccessDenied accessDenied,
			JourneyCookie journeys, FieldEncryption keys, ObjectProvider<OidcSignIn> identityProvider) throws Exception {
		http.authenticationProvider(authenticationProvider)
			.csrf(csrf -> csrf.csrfTokenRepository(new JourneyCsrfTokenRepository(journeys, keys))
				.csrfTokenRequestHandler(maskedTokens()))
			.authorizeHttpRequests(requests -> requests
				// The second step of signing in: the password alone reaches it.
				.requestMatchers("/login/mfa", "/login/mfa/**").authenticated()
				// Everything else signed in needs the second factor too, where the user has or needs one.
				.requestMatchers("/staff/admin/**", "/staff/audit/**").access(SecondFactorAuthorization.signedInWithRole("ADMIN"))
				.requestMatchers("/staff/**").access(SecondFactorAuthorization.signedIn())
				// Health is for the load balancer. Metrics show report volumes: administrators only.
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").access(SecondFactorAuthorization.signedInWithRole("ADMIN"))
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(handlers.auditSignOut())
				.logoutSuccessUrl("/login?signed-out")
				.deleteCookies("SAFER_SESSION")
				.invalidateHttpSession(true))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInEntryPoint())
				.accessDeniedHandler(missingFactorOr(accessDenied)))
			.headers(headers -> headers
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		// The council's own identity provider, beside the password form, only when safer.security.oidc.enabled.
		OidcSignIn oidc = identityProvider.getIfAvailable();
		if (oidc != null) {
			oidc.configure(http, handlers);
		}
		return http.build();
	}

	/**
	 * A signed-in user who has not yet given their second factor goes to the code page (the address they asked for is
	 * saved and they return to it); any other refusal is audited and answered 403.
	 */
	private static AccessDeniedHandler missingFactorOr(AuditedAccessDenied accessDenied) {
		DelegatingMissingAuthorityAccessDeniedHandler handler = DelegatingMissingAuthorityAccessDeniedHandler.builder()
			.addEntryPointFor((request, response, exception) -> response
				.sendRedirect(request.getContextPath() + SecondFactorController.CODE_PAGE), SignInHandlers.TOTP_AUTHORITY)
			.build();
		handler.setDefaultAccessDeniedHandler(accessDenied);
		return handler;
	}

	/** Spring Security's default (a token masked afresh on every page, against BREACH), without one locked RNG. */
	private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadRandom());
		return handler;
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(StaffUserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle);
	}

	/** Argon2id, the OWASP-recommended password hash, with Spring Security's current defaults. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	/**
	 * Sends anyone who is not signed in to the sign-in page, telling them when it is because their session
	 * timed out (the browser still sent the old session cookie).
	 */
	static class SignInEntryPoint implements AuthenticationEntryPoint {

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			boolean timedOut = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			response.sendRedirect(request.getContextPath() + (timedOut ? "/login?timed-out" : "/login"));
		}

	}

}
