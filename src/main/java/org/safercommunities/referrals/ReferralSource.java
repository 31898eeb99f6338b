package org.safercommunities.referrals;

import java.util.Set;

/** Where a referral came from: a case (with its linked reports), a report, or a person. */
record ReferralSource(Long caseId, Long reportId, Long personId, Set<Long> reportIds) {

	ReferralSource {
		reportIds = Set.copyOf(reportIds);
	}

}
