package org.safercommunities.reporting;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

import org.safercommunities.reporting.ReportCodes.SupportFeedback;

/** Whether the support helped, from the reporter's own page. Flashed back to it with errors, so serializable. */
class FeedbackForm implements Serializable {

	private String feedback;

	/** The answer chosen, if one of the answers offered was. */
	Optional<SupportFeedback> chosen() {
		return Arrays.stream(SupportFeedback.values()).filter(value -> value.name().equals(feedback)).findFirst();
	}

	public String getFeedback() {
		return feedback;
	}

	public void setFeedback(String feedback) {
		this.feedback = feedback;
	}

}
