package org.safercommunities.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional sign-in with a council's own identity provider (OpenID Connect), off unless {@code enabled}. The provider
 * itself is Spring Boot's client registration ({@code spring.security.oauth2.client.registration.<id>.*} and
 * {@code spring.security.oauth2.client.provider.<id>.issuer-uri}); these settings say how this service uses it.
 *
 * @param enabled whether the sign-in page offers the identity provider at all
 * @param registration the client registration to use; empty: the only one configured
 * @param providerName how the button names the provider ("Sign in with ...")
 * @param passwordForm whether the sign-in page shows the e-mail and password form as well
 * @param trustIdpMfa whether a sign-in at the provider counts as the second factor for roles that need one;
 * otherwise the authenticator-app step of this service follows
 * @param mfaAmr when trusted, the {@code amr} values of which the ID token must carry at least one (e.g. mfa, otp)
 * for the provider's sign-in to count; empty: any sign-in at the provider counts
 */
@ConfigurationProperties("safer.security.oidc")
record OidcSettings(@DefaultValue("false") boolean enabled, @DefaultValue("") String registration,
		@DefaultValue("your council account") String providerName, @DefaultValue("true") boolean passwordForm,
		@DefaultValue("false") boolean trustIdpMfa, @DefaultValue List<String> mfaAmr) {

	/** Whether this sign-in at the provider stands for the second factor, given the ID token's {@code amr}. */
	boolean secondFactorTrusted(List<String> amr) {
		if (!trustIdpMfa) {
			return false;
		}
		if (mfaAmr.isEmpty()) {
			return true;
		}
		return amr != null && amr.stream().anyMatch(value -> mfaAmr.stream().anyMatch(value::equalsIgnoreCase));
	}

}
