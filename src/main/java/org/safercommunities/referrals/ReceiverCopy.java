package org.safercommunities.referrals;

import java.time.LocalDate;

import org.safercommunities.referrals.ReferralCodes.Basis;

/**
 * Exactly what the receiving organisation reads: the same record for the sender's preview before sending and the
 * receiver's page after, so the preview cannot promise anything different.
 *
 * @param account null when not shared (or no longer, after a withdrawal of consent)
 * @param contact null when not shared: the basis does not allow it, or the person refused
 */
public record ReceiverCopy(String from, String to, LocalDate sentOn, LocalDate dueOn, Basis basis, String basisReason,
		String summary, String account, String contact, boolean consentWithdrawn) {

	static ReceiverCopy of(Referral referral) {
		return new ReceiverCopy(referral.getSendingName(), referral.getReceivingName(), referral.getSentOn(),
				referral.getDueOn(), referral.getBasis(), referral.getBasisReason(), referral.getSummary(),
				referral.getAccount(), referral.getContactDetails(), referral.isConsentWithdrawn());
	}

}
