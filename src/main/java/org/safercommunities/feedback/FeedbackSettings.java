package org.safercommunities.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param daysAfterFirstContact a report without a closed case is surveyed this many days after it came in
 * @param linkBaseUrl the public address the e-mailed link starts with
 * @param suppressionThreshold satisfaction figures of a group with fewer answers are not shown (as open data's)
 */
@ConfigurationProperties("safer.feedback")
record FeedbackSettings(@DefaultValue("14") int daysAfterFirstContact,
		@DefaultValue("http://localhost:8080") String linkBaseUrl, @DefaultValue("5") int suppressionThreshold) {

	String link(String path) {
		return linkBaseUrl.replaceAll("/+$", "") + path;
	}

}
