package org.safercommunities.referrals;

import java.util.List;
import java.util.Set;

import org.safercommunities.referrals.ReceivingServices.Listed;

/**
 * What a referral from a case starts from: the summary pre-filled from the case (editable), the account and the
 * victim's contact details as the receiver would see them, and the services the reports' "support wanted" answers
 * suggest.
 *
 * @param contactDetails null when the case has no victim with contact details
 */
record ReferralDraft(long caseId, String caseReference, String summary, String account, String contactDetails,
		Long personId, Set<Long> reportIds, Set<String> supportWanted, List<Listed> suggested) {
}
