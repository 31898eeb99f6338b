package org.safercommunities.audit;

import javax.crypto.Mac;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.stereotype.Component;

/** The key of the audit log's hash chain ({@link AuditHash#keyed}), one HMAC per thread (a Mac is not thread-safe). */
@Component
class AuditKey {

	private final ThreadLocal<Mac> macs;

	AuditKey(FieldEncryption encryption) {
		this.macs = ThreadLocal.withInitial(() -> encryption.newMac("audit-chain/v1"));
	}

	String hash(AuditEntry entry) {
		return AuditHash.keyed(entry, macs.get());
	}

}
