package org.safercommunities.security;

import java.io.Serial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.system.WebSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the council's own identity provider (OpenID Connect authorization code flow), only when
 * {@code safer.security.oidc.enabled} is true. The provider's user is mapped to an existing, enabled staff account by
 * the e-mail address the provider says it verified ({@code email} with {@code email_verified} true), whatever its
 * case; nobody is created here, and roles and organisation stay as the administrator set them. The session then holds
 * the same {@link StaffPrincipal} as a password sign-in ({@link SignInHandlers#oidcSuccess()}). No token from the
 * provider is kept: this service calls no API with them.
 */
@Component
@ConditionalOnProperty(prefix = "safer.security.oidc", name = "enabled", havingValue = "true")
class OidcSignIn {

	static final String AUTHORIZATION_BASE = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;

	static final String REFUSED_PAGE = "/login/oidc/refused";

	private final ClientRegistration registration;

	private final OidcSettings settings;

	private final WebSettings web;

	private final StaffUserRepository users;

	private final StaffUserDetailsService userDetails;

	OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, OidcSettings settings, WebSettings web,
			StaffUserRepository users, StaffUserDetailsService userDetails) {
		ClientRegistrationRepository configured = registrations.getIfAvailable(() -> {
			throw new IllegalStateException("safer.security.oidc.enabled is true but no identity provider is "
					+ "configured: set spring.security.oauth2.client.registration.<id>.client-id, client-secret, "
					+ "scope (openid,email) and spring.security.oauth2.client.provider.<id>.issuer-uri");
		});
		this.settings = settings;
		this.web = web;
		this.users = users;
		this.userDetails = userDetails;
		this.registration = chosen(configured, settings.registration());
	}

	private static ClientRegistration chosen(ClientRegistrationRepository registrations, String id) {
		if (StringUtils.hasText(id)) {
			ClientRegistration found = registrations.findByRegistrationId(id);
			if (found == null) {
				throw new IllegalStateException("safer.security.oidc.registration names " + id
						+ " but spring.security.oauth2.client.registration has no such registration");
			}
			return found;
		}
		if (!(registrations instanceof Iterable<?> all)) {
			throw new IllegalStateException("Set safer.security.oidc.registration to the client registration to use");
		}
		List<ClientRegistration> found = new java.util.ArrayList<>();
		all.forEach(each -> found.add((ClientRegistration) each));
		if (found.size() != 1) {
			throw new IllegalStateException("Several client registrations: set safer.security.oidc.registration");
		}
		return found.get(0);
	}

	/** Adds the provider's sign-in to the filter chain beside the password form. */
	void configure(HttpSecurity http, SignInHandlers handlers) throws Exception {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(new OnlyOne(registration))
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requestResolver()))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffUsers()))
			.authorizedClientRepository(new NoTokensKept())
			.successHandler(handlers.oidcSuccess())
			.failureHandler(handlers.oidcFailure()));
	}

	/** Where the button starts the sign-in. */
	String startPath() {
		return AUTHORIZATION_BASE + "/" + registration.getRegistrationId();
	}

	String providerName() {
		return settings.providerName();
	}

	boolean passwordForm() {
		return settings.passwordForm();
	}

	/**
	 * The address the provider sends the person back to starts with {@code safer.web.base-url}, never with the
	 * request's Host header (which Spring's default {baseUrl} would use), unless the registration names one itself.
	 */
	private DefaultOAuth2AuthorizationRequestResolver requestResolver() {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				new OnlyOne(registration), AUTHORIZATION_BASE);
		String template = registration.getRedirectUri();
		if (template != null && template.startsWith("{baseUrl}")) {
			Map<String, String> values = new HashMap<>();
			values.put("{baseUrl}", web.baseUrl().replaceAll("/+$", ""));
			values.put("{action}", "login");
			values.put("{registrationId}", registration.getRegistrationId());
			String redirect = template;
			for (Map.Entry<String, String> value : values.entrySet()) {
				redirect = redirect.replace(value.getKey(), value.getValue());
			}
			String fixed = redirect;
			resolver.setAuthorizationRequestCustomizer(builder -> builder.redirectUri(fixed));
		}
		return resolver;
	}

	/** The provider's user, mapped to a staff account or refused. */
	OAuth2UserService<OidcUserRequest, OidcUser> staffUsers() {
		OidcUserService provider = new OidcUserService();
		return request -> {
			OidcUser user = provider.loadUser(request);
			String email = user.getEmail();
			if (!StringUtils.hasText(email) || !Boolean.TRUE.equals(user.getEmailVerified())) {
				throw new Refusal(Refusal.Reason.UNVERIFIED, StringUtils.hasText(email) ? accountId(email) : null);
			}
			Optional<StaffUser> account = users.findByEmail(SignInThrottle.normalise(email));
			if (account.isEmpty()) {
				throw new Refusal(Refusal.Reason.NO_ACCOUNT, null);
			}
			StaffPrincipal principal = userDetails.principalFor(account.get());
			if (!principal.isEnabled()) {
				throw new Refusal(principal.disabledAsDormant() ? Refusal.Reason.DORMANT : Refusal.Reason.DISABLED,
						principal.userId());
			}
			principal.eraseCredentials();
			boolean mfa = settings.secondFactorTrusted(user.getIdToken().getAuthenticationMethods());
			return new StaffOidcUser(user, principal, mfa);
		};
	}

	private Long accountId(String email) {
		return users.findByEmail(SignInThrottle.normalise(email)).map(StaffUser::getId).orElse(null);
	}

	/** The provider's user with the staff account it maps to, for the moment between the two. */
	static final class StaffOidcUser extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final StaffPrincipal staff;

		private final boolean secondFactorTrusted;

		StaffOidcUser(OidcUser user, StaffPrincipal staff, boolean secondFactorTrusted) {
			super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.staff = staff;
			this.secondFactorTrusted = secondFactorTrusted;
		}

		StaffPrincipal staff() {
			return staff;
		}

		boolean secondFactorTrusted() {
			return secondFactorTrusted;
		}

	}

	/** A provider's user this service will not sign in, with why and the account concerned (if any). */
	static final class Refusal extends OAuth2AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		enum Reason {

			/** No e-mail, or one the provider did not verify. */
			UNVERIFIED("unverified"),
			/** No staff account has that e-mail address. */
			NO_ACCOUNT("no-account"),
			/** The account (or its organisation) is disabled. */
			DISABLED("disabled"),
			/** The account was disabled as unused. */
			DORMANT("dormant");

			final String parameter;

			Reason(String parameter) {
				this.parameter = parameter;
			}

		}

		final Reason reason;

		final Long userId;

		Refusal(Reason reason, Long userId) {
			super(new OAuth2Error("access_denied"), "Identity provider user refused: " + reason);
			this.reason = reason;
			this.userId = userId;
		}

	}

	/** Only the chosen registration is offered, even where Boot has several. */
	private record OnlyOne(ClientRegistration registration) implements ClientRegistrationRepository {

		@Override
		public ClientRegistration findByRegistrationId(String registrationId) {
			return registration.getRegistrationId().equals(registrationId) ? registration : null;
		}

	}

	/** The provider's tokens are not kept (neither in the session nor in memory): nothing here calls its APIs. */
	private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
