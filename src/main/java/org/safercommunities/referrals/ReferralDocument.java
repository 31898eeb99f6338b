package org.safercommunities.referrals;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.safercommunities.crypto.EncryptedText;

/**
 * A case document the sender chose to share with the referral: its id in the cases module, and its name as it was
 * when sent (encrypted: a file name may name someone). The file itself stays in the case, fetched through the cases
 * module's published {@code CaseDocumentShares} for the receiver.
 */
@Embeddable
public class ReferralDocument {

	@Column(name = "document_id", nullable = false)
	private long documentId;

	@Convert(converter = EncryptedText.class)
	@Column(name = "file_name", nullable = false)
	private String fileName;

	protected ReferralDocument() {
	}

	ReferralDocument(long documentId, String fileName) {
		this.documentId = documentId;
		this.fileName = fileName;
	}

	public long getDocumentId() { return documentId; }
	public String getFileName() { return fileName; }

	@Override
	public boolean equals(Object other) {
		return other instanceof ReferralDocument document && document.documentId == documentId;
	}

	@Override
	public int hashCode() {
		return Objects.hash(documentId);
	}

}
