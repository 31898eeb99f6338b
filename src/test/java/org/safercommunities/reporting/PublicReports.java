package org.safercommunities.reporting;

import org.springframework.test.web.servlet.MockMvc;

/** For tests outside the reporting package that need a report sent the public way. */
public final class PublicReports {

	private PublicReports() {
	}

	/** Sends the standard anonymous report (Journey.ANONYMOUS) from an address of its own; returns its reference. */
	public static String sendAnonymousReport(MockMvc mvc) throws Exception {
		return Journey.onItsOwnAddress(mvc).answerAll(Journey.ANONYMOUS).sendAndConfirm().reference();
	}

	/**
	 * Sends the standard anonymous report (which asks for emotional support) from an address of its own; returns
	 * its reference and secret words, as the confirmation page showed them.
	 */
	public static String[] sendAnonymousReportKeepingTheSecret(MockMvc mvc) throws Exception {
		var sent = Journey.onItsOwnAddress(mvc).answerAll(Journey.ANONYMOUS).sendAndConfirm();
		return new String[] { sent.reference(), sent.secret() };
	}

	/** The reporter's follow-up page, opened with the reference and secret words in a browser session of its own. */
	public static String followUpPage(MockMvc mvc, String reference, String secret) throws Exception {
		Journey reporter = Journey.onItsOwnAddress(mvc);
		var opened = reporter.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/follow-up")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("reference", reference).param("secret", secret));
		org.assertj.core.api.Assertions.assertThat(opened.getResponse().getRedirectedUrl()).as("follow-up opened")
			.isEqualTo("/follow-up/report");
		return reporter.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/follow-up/report"))
			.getResponse().getContentAsString();
	}

}
