package org.safercommunities.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Signed in completely: for a user who needs a second factor (their role sees personal data, or they set one up),
 * Spring Security's {@link AllRequiredFactorsAuthorizationManager} requires the authenticator step's factor authority
 * as well as the password's; its "missing factor" answer sends them to the code page (SecurityConfiguration).
 * A sign-in at the council's identity provider stands for that step only where the provider is trusted for it.
 * Optionally a role on top, checked only once the sign-in is complete.
 */
final class SecondFactorAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> factors = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.authority(SignInHandlers.TOTP_AUTHORITY))
		.build();

	private final AuthorizationManager<RequestAuthorizationContext> role;

	private SecondFactorAuthorization(AuthorizationManager<RequestAuthorizationContext> role) {
		this.role = role;
	}

	static SecondFactorAuthorization signedIn() {
		return new SecondFactorAuthorization(null);
	}

	static SecondFactorAuthorization signedInWithRole(String role) {
		return new SecondFactorAuthorization(AuthorityAuthorizationManager.hasRole(role));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
			return new AuthorizationDecision(false);
		}
		if (current.getPrincipal() instanceof StaffPrincipal principal && principal.needsSecondFactor()
				&& !trustedIdentityProvider(current)) {
			AuthorizationResult factor = factors.authorize(authentication, context);
			if (!factor.isGranted()) {
				return factor;
			}
		}
		return role == null ? new AuthorizationDecision(true) : role.authorize(authentication, context);
	}

	/** Signed in at the council's identity provider, trusted for the second factor (OidcSettings.trustIdpMfa). */
	private static boolean trustedIdentityProvider(Authentication authentication) {
		return authentication.getAuthorities().stream()
			.anyMatch(authority -> SignInHandlers.IDP_MFA_AUTHORITY.equals(authority.getAuthority()));
	}

}
