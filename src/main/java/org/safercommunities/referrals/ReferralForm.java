package org.safercommunities.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.referrals.ReferralCodes.Basis;
import org.safercommunities.referrals.ReferralCodes.ConsentKind;

/**
 * The referral form: to whom, on what basis, what the receiver reads, and what is shared (the account, contact
 * details, the case documents ticked).
 */
public class ReferralForm {

	static final int SUMMARY_MAX = 4000;

	static final int REASON_MAX = 1000;

	private Long receivingOrganisationId;

	private String basis;

	private String consent;

	private String basisReason;

	private String summary;

	private boolean shareAccount = true;

	private boolean shareContact;

	private List<Long> documentIds = new ArrayList<>();

	Optional<Basis> chosenBasis() {
		return parse(Basis.class, basis);
	}

	Optional<ConsentKind> chosenConsent() {
		return parse(ConsentKind.class, consent).filter(kind -> kind != ConsentKind.WITHDRAWN);
	}

	Referrals.Sending toSending() {
		return new Referrals.Sending(receivingOrganisationId, chosenBasis().orElseThrow(), chosenConsent().orElse(null),
				basisReason == null ? null : basisReason.strip(), summary, shareAccount, shareContact,
				Set.copyOf(documentIds));
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public Long getReceivingOrganisationId() { return receivingOrganisationId; }
	public void setReceivingOrganisationId(Long receivingOrganisationId) { this.receivingOrganisationId = receivingOrganisationId; }
	public String getBasis() { return basis; }
	public void setBasis(String basis) { this.basis = basis; }
	public String getConsent() { return consent; }
	public void setConsent(String consent) { this.consent = consent; }
	public String getBasisReason() { return basisReason; }
	public void setBasisReason(String basisReason) { this.basisReason = basisReason; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public boolean isShareAccount() { return shareAccount; }
	public void setShareAccount(boolean shareAccount) { this.shareAccount = shareAccount; }
	public boolean isShareContact() { return shareContact; }
	public void setShareContact(boolean shareContact) { this.shareContact = shareContact; }
	public List<Long> getDocumentIds() { return documentIds; }
	public void setDocumentIds(List<Long> documentIds) {
		this.documentIds = documentIds == null ? new ArrayList<>() : new ArrayList<>(documentIds.stream().filter(java.util.Objects::nonNull).toList());
	}

}
