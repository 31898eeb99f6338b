package org.safercommunities.security;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * What happens around sign-in: failures count towards the throttles, every outcome is audited, and the typed
 * e-mail address comes back on the form. A user who needs a second factor goes on to it after the password, and is
 * signed in (audited, last sign-in recorded) only once it is given. Log lines carry user ids only, never names or
 * addresses.
 */
@Component
class SignInHandlers {

	static final String LAST_EMAIL = "safer.lastEmail";

	static final String LOCKED_MINUTES = "safer.lockedMinutes";

	/** The authority the authenticator-app step adds (Spring Security's multi-factor model). */
	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	/**
	 * The authority a sign-in at the council's identity provider adds when that provider is trusted for the second
	 * factor ({@code safer.security.oidc.trust-idp-mfa}): it stands for the authenticator-app step.
	 */
	static final String IDP_MFA_AUTHORITY = "FACTOR_IDP_MFA";

	/** How the sign-in was made, in the audit entry. */
	static final String METHOD_OIDC = "Method OIDC";

	private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);

	private final SignInThrottle throttle;

	private final StaffAccounts accounts;

	private final StaffUserDetailsService userDetails;

	private final AuditTrail audit;

	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	SignInHandlers(SignInThrottle throttle, StaffAccounts accounts, StaffUserDetailsService userDetails,
			AuditTrail audit) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.userDetails = userDetails;
		this.audit = audit;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
				throttle.passwordAccepted(principal.username(), request.getRemoteAddr());
				if (principal.needsSecondFactor()) {
					audit.append(AuditActor.of(principal), "SIGN_IN_PASSWORD_ACCEPTED", "staff_user",
							principal.userId(), "Second factor still to give");
					getRedirectStrategy().sendRedirect(request, response, SecondFactorController.CODE_PAGE);
					return;
				}
				signedIn(principal, Method.PASSWORD);
				if (principal.mustChangePassword()) {
					getRedirectStrategy().sendRedirect(request, response, MustChangePasswordInterceptor.PASSWORD_PAGE);
					return;
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/staff");
		return handler;
	}

	/**
	 * The council's identity provider said who this is ({@link OidcSignIn}): the session gets the same
	 * {@link StaffPrincipal} as a password sign-in (same roles and organisation, so every access rule applies
	 * unchanged) and a new id. The provider's factor stands for the second one only when it is trusted; otherwise a
	 * role that needs one goes on to the authenticator-app step, as after a password.
	 */
	AuthenticationSuccessHandler oidcSuccess() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				OidcSignIn.StaffOidcUser user = (OidcSignIn.StaffOidcUser) authentication.getPrincipal();
				StaffPrincipal principal = user.staff().signedInElsewhere();
				List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
				authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
				if (user.secondFactorTrusted()) {
					authorities.add(FactorGrantedAuthority.fromAuthority(IDP_MFA_AUTHORITY));
				}
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
				SecurityContextHolder.setContext(context);
				contextRepository.saveContext(context, request, response);
				if (principal.needsSecondFactor() && !user.secondFactorTrusted()) {
					audit.append(AuditActor.of(principal), "SIGN_IN_OIDC_ACCEPTED", "staff_user", principal.userId(),
							METHOD_OIDC + "; second factor still to give");
					getRedirectStrategy().sendRedirect(request, response, SecondFactorController.CODE_PAGE);
					return;
				}
				signedIn(principal, user.secondFactorTrusted() && principal.needsSecondFactor() ? Method.OIDC_WITH_ITS_FACTOR
						: Method.OIDC);
				super.onAuthenticationSuccess(request, response, context.getAuthentication());
			}
		};
		handler.setDefaultTargetUrl("/staff");
		return handler;
	}

	/**
	 * The identity provider's user is not signed in: audited like a failed password (only a real account's id, never
	 * an address no account has), and the person sees why on a page of its own.
	 */
	AuthenticationFailureHandler oidcFailure() {
		return (request, response, exception) -> {
			String reason;
			if (exception instanceof OidcSignIn.Refusal refusal) {
				reason = refusal.reason.parameter;
				AuditActor actor = refusal.userId == null ? new AuditActor(null, "unknown username", null)
						: accounts.find(refusal.userId)
							.map(user -> new AuditActor(user.getId(), user.getEmail(), user.getOrganisationId()))
							.orElse(new AuditActor(refusal.userId, "unknown username", null));
				switch (refusal.reason) {
					case UNVERIFIED -> audit.append(actor, "SIGN_IN_FAILED", "staff_user", refusal.userId,
							METHOD_OIDC + "; e-mail address missing or not verified by the identity provider");
					case NO_ACCOUNT -> audit.append(actor, "SIGN_IN_FAILED", "staff_user", null,
							METHOD_OIDC + "; no staff account has the verified e-mail address");
					case DORMANT -> audit.append(actor, "SIGN_IN_REFUSED_DISABLED", "staff_user", refusal.userId,
							METHOD_OIDC + "; account disabled: unused too long");
					default -> audit.append(actor, "SIGN_IN_REFUSED_DISABLED", "staff_user", refusal.userId,
							METHOD_OIDC + "; account disabled");
				}
				log.info("Identity provider sign-in refused ({}, account id {})", refusal.reason, refusal.userId);
			}
			else {
				reason = "failed";
				String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
						: exception.getClass().getSimpleName();
				audit.append(new AuditActor(null, "unknown username", null), "SIGN_IN_FAILED", "staff_user", null,
						METHOD_OIDC + "; the identity provider's answer was refused: " + code);
				log.info("Identity provider sign-in failed: {}", code);
			}
			response.sendRedirect(request.getContextPath() + OidcSignIn.REFUSED_PAGE + "?" + reason);
		};
	}

	/**
	 * Whether the signed-in user has given their second factor in this session: the authenticator app, or a sign-in
	 * at a trusted identity provider.
	 */
	boolean hasSecondFactor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> TOTP_AUTHORITY.equals(authority.getAuthority())
					|| IDP_MFA_AUTHORITY.equals(authority.getAuthority()));
	}

	/** Whether this session was signed in at the council's identity provider rather than with a password. */
	static boolean byIdentityProvider(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(authority.getAuthority()));
	}

	/**
	 * The second factor was given: the session gets a fresh principal (so "enrolled" is up to date) with the factor's
	 * authority and a new id (against session fixation), and the sign-in is complete. Returns where to go next.
	 */
	String secondFactorGiven(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean oidc = byIdentityProvider(current);
		StaffPrincipal fresh = userDetails.principalFor(accounts.find(principal.userId()).orElseThrow());
		fresh.eraseCredentials();
		if (oidc) {
			fresh = fresh.signedInElsewhere();
		}
		List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
		current.getAuthorities().stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.forEach(authorities::add);
		authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contextRepository.saveContext(context, request, response);
		signedIn(fresh, oidc ? Method.OIDC : Method.PASSWORD);
		if (fresh.mustChangePassword()) {
			return MustChangePasswordInterceptor.PASSWORD_PAGE;
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved != null) {
			requestCache.removeRequest(request, response);
			return relative(saved.getRedirectUrl());
		}
		return "/staff";
	}

	/** How a sign-in was made, for its audit entry. */
	private enum Method {

		PASSWORD, OIDC, OIDC_WITH_ITS_FACTOR

	}

	private void signedIn(StaffPrincipal principal, Method method) {
		accounts.markSignedIn(principal.userId());
		AuditActor actor = AuditActor.of(principal);
		switch (method) {
			case OIDC -> audit.append(actor, "SIGN_IN", "staff_user", principal.userId(), METHOD_OIDC);
			case OIDC_WITH_ITS_FACTOR -> audit.append(actor, "SIGN_IN", "staff_user", principal.userId(),
					METHOD_OIDC + "; second factor given at the identity provider");
			default -> audit.append(actor, "SIGN_IN", "staff_user", principal.userId(), null);
		}
		log.info("Staff user {} signed in", principal.userId());
	}

	/** Only the path and query of a saved address: never a host taken from a request's headers. */
	private static String relative(String url) {
		String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
		return path.startsWith("/") && !path.startsWith("//") ? path : "/staff";
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String typed = request.getParameter("email");
			request.getSession().setAttribute(LAST_EMAIL, typed);
			String outcome = outcomeOf(exception, typed, request);
			response.sendRedirect(request.getContextPath() + "/login?" + outcome);
		};
	}

	LogoutHandler auditSignOut() {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
				audit.append(AuditActor.of(principal), "SIGN_OUT", "staff_user", principal.userId(), null);
			}
		};
	}

	private String outcomeOf(AuthenticationException exception, String typed, HttpServletRequest request) {
		Long userId = accounts.idOf(typed).orElse(null);
		// Only a real account's address goes into the audit log; whatever else was typed is not kept.
		AuditActor actor = new AuditActor(userId, userId == null ? "unknown username" : SignInThrottle.normalise(typed),
				null);
		String address = request.getRemoteAddr();
		if (exception instanceof LockedException) {
			throttle.refusedUntil(typed, address)
				.ifPresent(until -> request.getSession().setAttribute(LOCKED_MINUTES, throttle.minutesUntil(until)));
			audit.append(actor, "SIGN_IN_REFUSED_LOCKED", "staff_user", userId, "Throttled after repeated failures");
			return "locked";
		}
		if (exception instanceof ThrottledAuthenticationProvider.DormantAccountException) {
			audit.append(actor, "SIGN_IN_REFUSED_DISABLED", "staff_user", userId, "Account disabled: unused too long");
			return "dormant";
		}
		if (exception instanceof DisabledException) {
			audit.append(actor, "SIGN_IN_REFUSED_DISABLED", "staff_user", userId, "Account disabled");
			return "disabled";
		}
		Optional<Instant> nowLocked = throttle.recordFailure(typed, address);
		audit.append(actor, "SIGN_IN_FAILED", "staff_user", userId, "Wrong e-mail address or password");
		log.info("Failed staff sign-in (account id {})", userId);
		if (nowLocked.isPresent()) {
			long minutes = throttle.minutesUntil(nowLocked.get());
			request.getSession().setAttribute(LOCKED_MINUTES, minutes);
			audit.append(actor, "ACCOUNT_LOCKED", "staff_user", userId,
					"This address throttled for " + minutes + " minutes");
			return "locked";
		}
		return "error";
	}

}
