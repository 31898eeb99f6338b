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

	/** The session lives in the database (Spring Session), so like a browser we carry its cookie. */
	jakarta.servlet.http.Cookie sessionCookie = new jakarta.servlet.http.Cookie("SAFER_SESSION", "none");

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

	MvcResult answer(String step, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/report/" + step).with(csrf());
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
		MvcResult result = mvc.perform(request.cookie(sessionCookie)).andReturn();
		jakarta.servlet.http.Cookie renewed = result.getResponse().getCookie("SAFER_SESSION");
		if (renewed != null) {
			sessionCookie = renewed;
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
		return perform(post("/report/check-answers").with(csrf()));
	}

}
