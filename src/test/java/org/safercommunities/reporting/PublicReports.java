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

}
