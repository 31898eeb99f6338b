package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The referrals made from a case, for its page: declared here and implemented by the referrals module (which
 * depends on cases), so cases never depends on referrals. Only the referrals the signed-in person may open by the
 * referrals' own rule are listed; no personal data (who it went to, when, how far it got).
 */
public interface ReferralsOfCase {

	/** The referrals from this case the signed-in person may open, newest first. */
	List<ReferralOfCase> of(long caseId);

	/**
	 * One referral as the case page lists it.
	 *
	 * @param status {@code SENT}, {@code ACCEPTED}, {@code DECLINED}, {@code CONTACT_MADE} or {@code COMPLETED}
	 * @param overdue not answered by its deadline
	 */
	record ReferralOfCase(long referralId, String receiver, LocalDate sentOn, LocalDate dueOn, String status,
			boolean overdue) {
	}

}
