package org.safercommunities.referrals;

import java.util.List;

import org.safercommunities.crypto.EncryptedColumn;
import org.springframework.stereotype.Component;

/**
 * The shared documents' names are encrypted by the entity's converter, but the table is an element collection,
 * which the entity scan does not see; declared here, paged by the row id that key rotation needs.
 */
@Component
class ReferralDocumentColumns implements EncryptedColumn.Source {

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(EncryptedColumn.text("referral_document", "file_name"));
	}

}
