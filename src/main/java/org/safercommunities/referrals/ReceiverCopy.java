package org.safercommunities.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.safercommunities.referrals.ReferralCodes.Basis;

/**
 * Exactly what the receiving organisation reads: the same record for the sender's preview before sending and the
 * receiver's page after, so the preview cannot promise anything different.
 *
 * @param referralId null in the preview, before there is a referral to download documents from
 * @param account null when not shared (or no longer, after a withdrawal of consent)
 * @param contact null when not shared: the basis does not allow it, or the person refused
 * @param documents the case documents chosen, each saying whether it can be downloaded now
 */
public record ReceiverCopy(Long referralId, String from, String to, LocalDate sentOn, LocalDate dueOn, Basis basis,
		String basisReason, String summary, String account, String contact, List<Document> documents,
		boolean consentWithdrawn) {

	public ReceiverCopy {
		documents = List.copyOf(documents);
	}

	/**
	 * A shared document as the copy lists it.
	 *
	 * @param available scanned clean; a document held until scanned is named but cannot be downloaded yet
	 */
	public record Document(long id, String name, boolean available) {
	}

	/** The referral's copy, with each document's availability now (from the cases module). */
	static ReceiverCopy of(Referral referral, Map<Long, Boolean> availability) {
		List<Document> documents = referral.getDocuments().stream()
			.map(document -> new Document(document.getDocumentId(), document.getFileName(),
					!referral.isConsentWithdrawn() && availability.getOrDefault(document.getDocumentId(), false)))
			.toList();
		return new ReceiverCopy(referral.getId(), referral.getSendingName(), referral.getReceivingName(),
				referral.getSentOn(), referral.getDueOn(), referral.getBasis(), referral.getBasisReason(),
				referral.getSummary(), referral.getAccount(), referral.getContactDetails(), documents,
				referral.isConsentWithdrawn());
	}

}
