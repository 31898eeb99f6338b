package org.safercommunities.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.safercommunities.support.PageChecks;
import org.safercommunities.support.TestData;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a port chosen here, with OpenID Connect on and pointing at a {@link CouncilIdentityProvider}
 * started here; and visitors that go through the authorization code flow as a browser does.
 */
public final class OidcFlow {

	public static final String PROVIDER_PASSWORD = "provider-password-1";

	public final int appPort = freePort();

	public final String app = "http://localhost:" + appPort;

	public final String callback = app + "/login/oauth2/code/council";

	public final CouncilIdentityProvider provider = CouncilIdentityProvider.start(callback);

	/** The application's settings for this flow: its port and address, and the provider as a client registration. */
	public void properties(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> appPort);
		properties.add("server.address", () -> "127.0.0.1");
		properties.add("safer.web.base-url", () -> app);
		properties.add("safer.security.oidc.enabled", () -> "true");
		properties.add("safer.security.oidc.provider-name", () -> "Test Council account");
		properties.add("spring.security.oauth2.client.registration.council.client-id",
				() -> CouncilIdentityProvider.CLIENT_ID);
		properties.add("spring.security.oauth2.client.registration.council.client-secret",
				() -> CouncilIdentityProvider.CLIENT_SECRET);
		properties.add("spring.security.oauth2.client.registration.council.scope", () -> "openid,email");
		properties.add("spring.security.oauth2.client.provider.council.issuer-uri", provider::issuer);
	}

	/** A person at the provider whose ID token carries these claims; returns their username there. */
	public String providerUser(String email, boolean verified, List<String> amr) {
		String username = TestData.unique("council-user");
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("email", email);
		claims.put("email_verified", verified);
		claims.put("amr", amr);
		provider.addUser(username, PROVIDER_PASSWORD, claims);
		return username;
	}

	public Visitor visitor() {
		return new Visitor();
	}

	public void stop() {
		provider.close();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A browser's part: cookies kept per host, redirects seen one at a time. */
	public final class Visitor {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private String sessionBefore;

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET()
				.header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			checked(url, response);
			return response;
		}

		HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet().stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			checked(url, response);
			return response;
		}

		/**
		 * The button, the provider's login form and the way back; returns where the application sent the person
		 * once it had the provider's answer.
		 */
		String signInAtProvider(String username) throws IOException, InterruptedException {
			HttpResponse<String> start = get(app + "/oauth2/authorization/council");
			assertThat(start.statusCode()).isEqualTo(302);
			String authorize = location(start);
			assertThat(authorize).startsWith(provider.issuer() + "/oauth2/authorize?")
				.contains("redirect_uri=" + callback + "&");
			sessionBefore = appSession();
			assertThat(sessionBefore).as("the sign-in's state is kept in a session").isNotNull();

			String loginPage = location(get(authorize));
			assertThat(loginPage).isEqualTo(provider.issuer() + "/login");
			Document login = Jsoup.parse(get(loginPage).body());
			HttpResponse<String> signedInThere = post(loginPage, Map.of("username", username, "password",
					PROVIDER_PASSWORD, "_csrf", login.selectFirst("input[name=_csrf]").val()));
			String backToAuthorize = location(signedInThere);
			assertThat(backToAuthorize).startsWith(provider.issuer() + "/oauth2/authorize");

			String withCode = location(get(backToAuthorize));
			assertThat(withCode).startsWith(callback + "?code=");
			HttpResponse<String> answer = get(withCode);
			assertThat(answer.statusCode()).as("the application's answer to the code").isEqualTo(302);
			return answer.headers().firstValue("Location").orElseThrow();
		}

		boolean sessionIdChanged() {
			String now = appSession();
			return now != null && !now.equals(sessionBefore);
		}

		private String appSession() {
			return cookies.getCookieStore().get(URI.create(app)).stream()
				.filter(cookie -> cookie.getName().equals("SAFER_SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private String location(HttpResponse<String> response) {
			assertThat(response.statusCode()).as("a redirect from " + response.uri()).isBetween(300, 399);
			return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
		}

		private void checked(String url, HttpResponse<String> response) {
			if (url.startsWith(app) && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				PageChecks.assertClean(url, response.body());
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
