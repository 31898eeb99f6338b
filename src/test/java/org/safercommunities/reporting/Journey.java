package org.safercommunities.reporting;

import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A person going through the public report in one browser session. */
class Journey {

	/** Answers of a complete, anonymous report that does not go to the police. */
	static final Map<String, String[]> ANONYMOUS = Map.ofEntries(
			Map.entry("emergency", new String[] { "emergency", "NO" }),
			Map.entry("who", new String[] { "reporterRole", "WITNESS" }),
			Map.entry("what", new String[] { "incidentTypes", "VERBAL_ABUSE", "incidentTypes", "SPITTING",
					"whatHappened", "A man shouted abuse at a woman in a headscarf and spat at her." }),
			Map.entry("when", new String[] { "whenKind", "EXACT", "day", "3", "month", "11", "year", "2026" }),
			Map.entry("where", new String[] { "locationDescription", "Bus stop outside Burnt Oak station",
					"wardCode", "E05013630" }),
			Map.entry("before", new String[] { "happenedBefore", "NOT_SURE" }),
			Map.entry("why", new String[] { "strands", "RELIGION", "subtypes", "ANTI_MUSLIM" }),
			Map.entry("police", new String[] { "policeConsent", "NO" }),
			Map.entry("not-reporting", new String[] { "notReportingReasons", "FEAR_OF_REPRISAL" }),
			Map.entry("about-you", new String[] { "giveDetails", "NO" }),
			Map.entry("support", new String[] { "supportWanted", "YES", "supportKinds", "EMOTIONAL" }));

	static final String[] ORDER = { "emergency", "who", "what", "when", "where", "before", "why", "police",
			"not-reporting", "about-you", "support" };

	final MockMvc mvc;

	/**
	 * Like a browser, every cookie the service sets is sent back until it is cleared: the journey cookie, the
	 * sealed confirmation, a session where one is used.
	 */
	final java.util.Map<String, jakarta.servlet.http.Cookie> cookies = new java.util.LinkedHashMap<>();

	/** The client address the requests come from (MockMvc's 127.0.0.1 unless set). */
	String remoteAddress;

	Journey(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A person on their own address (a documentation range), so a test of many reports is not rate limited. */
	static Journey onItsOwnAddress(MockMvc mvc) {
		Journey journey = new Journey(mvc);
		journey.remoteAddress = "192.0.2." + ADDRESSES.incrementAndGet() % 250;
		return journey;
	}

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	/** This person's requests come from this address, e.g. to have a rate limit of their own. */
	Journey from(String address) {
		this.remoteAddress = address;
		return this;
	}

	/** Take each form's CSRF token from its page, as a browser does, instead of the test's stand-in token. */
	boolean tokensFromPages;

	Journey withTokensFromPages() {
		this.tokensFromPages = true;
		return this;
	}

	MvcResult answer(String step, String... params) throws Exception {
		MockHttpServletRequestBuilder request = withToken(post("/report/" + step), "/report/" + step);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return perform(request);
	}

	MvcResult open(String path) throws Exception {
		return perform(get(path));
	}

	MvcResult perform(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (remoteAddress != null) {
			request.with(sent -> {
				sent.setRemoteAddr(remoteAddress);
				return sent;
			});
		}
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(jakarta.servlet.http.Cookie[]::new));
		}
		MvcResult result = mvc.perform(request).andReturn();
		for (jakarta.servlet.http.Cookie set : result.getResponse().getCookies()) {
			if (set.getMaxAge() == 0) {
				cookies.remove(set.getName());
			}
			else {
				cookies.put(set.getName(), set);
			}
		}
		return result;
	}

	/** Answers every question as in {@link #ANONYMOUS}, checking each page moves on. */
	Journey answerAll(Map<String, String[]> answers) throws Exception {
		for (String step : ORDER) {
			if (answers.containsKey(step)) {
				MvcResult result = answer(step, answers.get(step));
				assertThat(result.getResponse().getRedirectedUrl()).as("after " + step).isNotNull();
			}
		}
		return this;
	}

	MvcResult send() throws Exception {
		return send(new String[0]);
	}

	/** Sends from the check-answers page with extra fields in the form (name, value, name, value…). */
	MvcResult send(String... extraFields) throws Exception {
		MockHttpServletRequestBuilder request = withToken(post("/report/check-answers"), "/report/check-answers");
		for (int i = 0; i < extraFields.length; i += 2) {
			request.param(extraFields[i], extraFields[i + 1]);
		}
		return perform(request);
	}

	private MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String page) throws Exception {
		if (!tokensFromPages) {
			return request.with(csrf());
		}
		String html = open(page).getResponse().getContentAsString();
		var token = org.jsoup.Jsoup.parse(html).selectFirst("input[name=_csrf]");
		assertThat(token).as("a CSRF token on " + page).isNotNull();
		return request.param("_csrf", token.attr("value"));
	}

	/** The confirmation page after sending, as the person sees it (once: it forgets the secret words). */
	String confirmationPage;

	/**
	 * Sends the report and reads the reference and secret words from the confirmation page, as the person would;
	 * the stored report's id is looked up by that reference.
	 */
	ReportSubmission.Submitted sendAndConfirm() throws Exception {
		MvcResult sent = send();
		assertThat(sent.getResponse().getRedirectedUrl()).as("after sending").isEqualTo("/report/confirmation");
		confirmationPage = open("/report/confirmation").getResponse().getContentAsString();
		String reference = shown(confirmationPage, "reference");
		String secret = shown(confirmationPage, "secret");
		long id = mvc.getDispatcherServlet().getWebApplicationContext().getBean(ReportRepository.class)
			.findByReference(reference).orElseThrow(() -> new AssertionError("no report stored as " + reference)).getId();
		return new ReportSubmission.Submitted(id, reference, secret);
	}

	private static String shown(String page, String id) {
		var element = org.jsoup.Jsoup.parse(page).getElementById(id);
		assertThat(element).as("#" + id + " on the confirmation page").isNotNull();
		return element.text();
	}

}
