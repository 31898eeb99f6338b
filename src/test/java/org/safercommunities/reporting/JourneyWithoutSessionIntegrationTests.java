package org.safercommunities.reporting;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.system.JourneyCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public report keeps no server session: its answers are in an encrypted draft named by the journey cookie,
 * and each form's CSRF token is derived from that cookie, so it fits one journey only.
 * <p>
 * A fresh application context: Spring Security Test's {@code csrf()}, used by other tests' staff requests, replaces
 * the CSRF filter's token repository in the context it runs in with a session-backed one, for every later request;
 * after it, the journey would make a session in the test although it makes none when served (checked with the real
 * server: a refused staff request and then the report's first page sets only the journey cookie).
 */
@IntegrationTest
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class JourneyWithoutSessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWholeReportAsABrowserSendsItMakesNoServerSession() throws Exception {
		long sessionsBefore = sessions();
		Journey journey = new Journey(mvc).withTokensFromPages().answerAll(Journey.ANONYMOUS);
		var sent = journey.sendAndConfirm();

		assertThat(sent.reference()).as("reference shown").startsWith("HC-");
		assertThat(journey.cookies).as("cookies a reporter's browser holds after sending").doesNotContainKey("SAFER_SESSION");
		assertThat(sessions()).as("server sessions made by a public report").isEqualTo(sessionsBefore);
		assertThat(journey.cookies).as("the journey cookie is cleared once the report is sent")
			.doesNotContainKey(JourneyCookie.NAME);
	}

	@Test
	void theJourneyCookieIsHttpOnlyAndOnlyForTheReport() throws Exception {
		Journey journey = new Journey(mvc);
		journey.open("/report/emergency");
		var cookie = journey.cookies.get(JourneyCookie.NAME);
		assertThat(cookie).as("journey cookie set by the first question").isNotNull();
		assertThat(cookie.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(cookie.getPath()).isEqualTo("/report");
		assertThat(cookie.getMaxAge()).as("lives only as long as the browser").isEqualTo(-1);
		assertThat(cookie.getValue()).matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void aFormWithoutTheJourneysTokenIsRefused() throws Exception {
		Journey journey = new Journey(mvc).withTokensFromPages();
		journey.answer("emergency", "emergency", "NO");

		var missing = journey.perform(post("/report/who").param("reporterRole", "WITNESS"));
		assertThat(missing.getResponse().getStatus()).as("a POST with no token").isEqualTo(403);

		Journey other = new Journey(mvc).withTokensFromPages();
		other.answer("emergency", "emergency", "NO");
		String othersToken = org.jsoup.Jsoup.parse(other.open("/report/who").getResponse().getContentAsString())
			.selectFirst("input[name=_csrf]").attr("value");
		var foreign = journey.perform(post("/report/who").param("reporterRole", "WITNESS").param("_csrf", othersToken));
		assertThat(foreign.getResponse().getStatus()).as("a POST with another journey's token").isEqualTo(403);

		var forged = journey.perform(post("/report/who").param("reporterRole", "WITNESS")
			.param("_csrf", "bm90LWEtdG9rZW4tYXQtYWxsLWp1c3QtZ3Vlc3NlZC0xMjM0NTY3ODkw"));
		assertThat(forged.getResponse().getStatus()).as("a POST with a made-up token").isEqualTo(403);
	}

	@Test
	void answersSurviveWithoutTheSameServerAndATamperedCookieOpensNothing() throws Exception {
		Journey journey = new Journey(mvc).withTokensFromPages().answerAll(Journey.ANONYMOUS);
		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
			.as("answers read back from the draft").contains("A man shouted abuse", "Bus stop outside Burnt Oak station");

		Journey stranger = new Journey(mvc);
		String value = journey.cookies.get(JourneyCookie.NAME).getValue();
		String altered = (value.charAt(0) == 'A' ? "B" : "A") + value.substring(1);
		stranger.cookies.put(JourneyCookie.NAME, new jakarta.servlet.http.Cookie(JourneyCookie.NAME, altered));
		assertThat(stranger.open("/report/check-answers").getResponse().getRedirectedUrl())
			.as("a journey cookie one character off").isEqualTo("/report/emergency");
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
