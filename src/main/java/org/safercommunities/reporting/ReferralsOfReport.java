package org.safercommunities.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The referrals a report's account went with, for the reporter's follow-up page: declared here and implemented by
 * the referrals module (which depends on reporting), so reporting never depends on referrals. Holds no personal
 * data: who it went to, when, and how far it got.
 */
public interface ReferralsOfReport {

	/** The referrals carrying this report's account, oldest first. */
	List<ReferralOfReport> of(long reportId);

	/**
	 * One referral as the reporter sees it.
	 *
	 * @param inTouch the organisation has recorded that it made contact
	 * @param outcome {@code SENT}, {@code ACCEPTED}, {@code DECLINED}, {@code CONTACT_MADE} or {@code COMPLETED}
	 */
	record ReferralOfReport(String organisation, LocalDate sentOn, String outcome, boolean inTouch,
			boolean consentWithdrawn) {
	}

}
