package org.safercommunities.centres;

import java.time.LocalDate;

/**
 * The people and policy Appendix 3 asks for: a Hate Crime Lead, and an operational safeguarding policy with a
 * designated safeguarding lead.
 */
public record CentreResponsibilities(String leadName, String leadEmail, boolean safeguardingPolicy,
		LocalDate safeguardingReviewDate, String safeguardingLeadName) {
}
