package org.safercommunities.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.TestConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are GOV.UK pages that say what to do next and never show how the software failed. They are
 * rendered by the real servlet container's error dispatch, so this test uses a running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestConfig.class, ErrorPagesIntegrationTests.FailingController.class })
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unknownAddressGivesTheNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "govuk-template", "call 999");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aFailureGivesTheProblemPageWithoutTheStackTrace() throws Exception {
		HttpResponse<String> response = get("/test-only/fail");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Sorry, there is a problem with the service")
			.doesNotContain("IllegalStateException", "secret detail", "at org.safercommunities", "Whitelabel");
	}

	@Test
	void aHandlerThatKnowsWhyGivesThePageInItsOwnWords() throws Exception {
		HttpResponse<String> response = get("/test-only/unreadable");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("This report cannot be read", "nothing of it is shown")
			.doesNotContain("Sorry, there is a problem with the service");
	}

	@Test
	void aStaffAddressForAVisitorLeadsToSignIn() throws Exception {
		HttpResponse<String> response = get("/staff/admin/users");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void openingTheErrorAddressItselfIsNotFoundNotAServiceProblem() throws Exception {
		HttpResponse<String> page = get("/error");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").doesNotContain("problem with the service");
		HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(404);
	}

	@Test
	void aGarbledParameterOnAPublicFormIsABadRequestPageNotAFailure() throws Exception {
		HttpResponse<String> response = get("/report/who?change=maybe");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Sorry, we could not understand what was sent", "Go back and try again")
			.doesNotContain("MethodArgumentTypeMismatch", "problem with the service");
	}

	@Test
	void aLargeBodyToAPublicPageOtherThanTheEvidenceUploadIsRefusedWithAPageThatSaysWhy() throws Exception {
		String boundary = "probe-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = new byte[2_000_000];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

		for (String path : new String[] { "/follow-up", "/report/what", "/login", "/directory" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).as(path).isEqualTo(413);
			assertThat(response.body()).as(path).contains("What you sent is too large", "evidence page");
		}
	}

	@Test
	void theServersRedirectsNeverNameAForgedHost() throws Exception {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream().write(("GET /staff HTTP/1.1\r\nHost: evil.example\r\n"
					+ "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login")
				.doesNotContain("evil.example");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration
	@RestController
	static class FailingController {

		@GetMapping("/test-only/fail")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

		@GetMapping("/test-only/unreadable")
		void unreadable(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
				throws java.io.IOException {
			ErrorPages.explain(request, response, 500, "unreadable");
		}

	}

}
