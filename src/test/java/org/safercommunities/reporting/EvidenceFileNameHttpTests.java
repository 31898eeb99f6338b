package org.safercommunities.reporting;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.TestConfig;
import org.safercommunities.uploads.UploadSamples;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names as a browser really sends them, through the real servlet container's multipart parsing (which
 * MockMvc skips): a NUL or a right-to-left override in the name must give the person a page that says what to
 * do, never a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfig.class)
class EvidenceFileNameHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aNameWithANulGivesTheEvidencePageWithAMessageNamingTheFileNotAServerError() throws Exception {
		String csrf = answerEveryQuestion();

		HttpResponse<String> response = upload(csrf, "door\u0000\u202Egnp.exe", UploadSamples.image("png"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/report/evidence?unreadable-name=true"));
		String page = get("/report/evidence?unreadable-name=true").body();
		assertThat(page).contains("govuk-error-summary",
				"doorgnp.exe: The file name has characters that cannot be used. Rename the file and add it again")
			.doesNotContain("\u202E");
		assertThat(get("/report/check-answers").body()).as("the answers given before are kept")
			.contains("Bus stop outside Burnt Oak station");
	}

	@Test
	void aNameWithARightToLeftOverrideIsKeptWithoutIt() throws Exception {
		String csrf = answerEveryQuestion();

		// Shown by a browser as "photoexe.png"; it is really "photo" + "gnp.exe".
		HttpResponse<String> response = upload(csrf, "photo\u202Egnp.exe", UploadSamples.image("png"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(get("/report/evidence").body()).contains("photognp.exe").doesNotContain("\u202E");
	}

	/** Answers the questions before the evidence page, as a browser would; returns the form's CSRF token. */
	private String answerEveryQuestion() throws Exception {
		String csrf = startJourney();
		for (String step : Journey.ORDER) {
			StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf));
			String[] params = Journey.ANONYMOUS.get(step);
			for (int i = 0; i < params.length; i += 2) {
				form.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
			}
			HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report/" + step))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answered.statusCode()).as(step + " answered").isEqualTo(302);
		}
		return csrf;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String startJourney() throws Exception {
		HttpResponse<String> page = get("/report/emergency");
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token on the first question").isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String csrf, String fileName, byte[] content) throws Exception {
		String boundary = "----evidence-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"\r\n\r\ntrue\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report/evidence"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
