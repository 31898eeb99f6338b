package org.safercommunities.security;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A council's identity provider for tests: Spring Authorization Server in a small servlet context of its own, on a
 * random loopback port, with one registered client (this service) and users added by each test, each with the
 * claims its ID token carries (e-mail, whether verified, amr). People sign in on its own login form.
 */
public final class CouncilIdentityProvider implements AutoCloseable {

	static final String CLIENT_ID = "safer-communities";

	static final String CLIENT_SECRET = "test-client-secret";

	private final AnnotationConfigServletWebServerApplicationContext context;

	private final Directory directory;

	private CouncilIdentityProvider(AnnotationConfigServletWebServerApplicationContext context, Directory directory) {
		this.context = context;
		this.directory = directory;
	}

	/** Starts the provider, which sends people back to {@code redirectUri} only. */
	static CouncilIdentityProvider start(String redirectUri) {
		Directory directory = new Directory(redirectUri);
		AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
		context.registerBean(Directory.class, () -> directory);
		context.register(ProviderConfiguration.class);
		context.refresh();
		return new CouncilIdentityProvider(context, directory);
	}

	public String issuer() {
		return "http://127.0.0.1:" + context.getWebServer().getPort();
	}

	/** A person who can sign in here, and the claims their ID token carries. */
	void addUser(String username, String password, Map<String, Object> claims) {
		directory.users.createUser(User.withUsername(username).password("{noop}" + password).roles("STAFF").build());
		directory.claims.put(username, Map.copyOf(claims));
	}

	@Override
	public void close() {
		context.close();
	}

	/** What the tests change while the provider runs: its users and their claims. */
	static final class Directory {

		final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

		final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

		final String redirectUri;

		Directory(String redirectUri) {
			this.redirectUri = redirectUri;
		}

	}

	/** A test configuration, so the application's own component scan never picks it up. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class ProviderConfiguration {

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(InetAddress.getLoopbackAddress());
			return factory;
		}

		@Bean
		DispatcherServlet dispatcherServlet() {
			return new DispatcherServlet();
		}

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(requests -> requests.requestMatchers("/error").permitAll()
					.anyRequest().authenticated())
				// The user info endpoint takes the access token.
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users(Directory directory) {
			return directory.users;
		}

		@Bean
		RegisteredClientRepository clients(Directory directory) {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(directory.redirectUri)
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		/** The test's claims for the signed-in user go into their ID token (and so into user info). */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims(Directory directory) {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					Map<String, Object> claims = directory.claims.get(context.getPrincipal().getName());
					if (claims != null) {
						context.getClaims().claims(all -> all.putAll(claims));
					}
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		/** No issuer set: it is this server's own address as requested (http://127.0.0.1:port). */
		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
