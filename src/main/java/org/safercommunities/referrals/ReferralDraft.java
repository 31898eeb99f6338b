package org.safercommunities.referrals;

import java.util.List;
import java.util.Set;

import org.safercommunities.cases.CaseDocumentShares.ShareableDocument;
import org.safercommunities.referrals.ReceivingServices.Listed;

/**
 * What a referral starts from: the summary pre-filled from the case or report (editable), the account and the
 * person's contact details as the receiver would see them, and the services the reports' "support wanted" answers
 * suggest.
 *
 * @param documents the case's documents the sender may choose to share (none for a report or a person)
 * @param caption the case's or report's reference, or the person's name, above the form's heading
 * @param account null when there is no account to share (a referral from a person)
 * @param contactDetails null when there is nobody with contact details (an anonymous report, a case without a
 *     victim)
 */
record ReferralDraft(ReferralOrigin origin, String caption, String summary, String account, String contactDetails,
		ReferralSource source, Set<String> supportWanted, List<Listed> suggested, List<ShareableDocument> documents) {

	ReferralDraft {
		documents = List.copyOf(documents);
	}

	/** The ids of the documents the sender may choose from. */
	Set<Long> documentIds() {
		return documents.stream().map(ShareableDocument::id).collect(java.util.stream.Collectors.toSet());
	}

	/** The form's address. */
	public String path() {
		return origin.formPath();
	}

	/** The page the referral is made from. */
	public String back() {
		return origin.originPage();
	}

}
