package org.safercommunities.reporting;

import java.util.Optional;

/**
 * A survey waiting for the reporter, shown on their follow-up page: declared here and implemented by the feedback
 * module (which depends on reporting), for people who gave no e-mail address to send the invitation to.
 */
public interface FollowUpInvitations {

	/** The survey's address (a fresh one-time link) when one is waiting for this report's reporter. */
	Optional<String> surveyLink(long reportId);

}
