package org.safercommunities.audit;

import org.safercommunities.shared.RecordAccessRefused;
import org.springframework.stereotype.Service;

/**
 * The one place refusals are written to the audit log, as {@code ACCESS_REFUSED} entries: who (the signed-in
 * person), what (the request line, and the record kind and id when a record was refused) and why (the
 * {@link org.safercommunities.shared.AccessRefusal} name). Nothing the record holds: request lines carry record ids
 * only, and callers leave the query string out because search words might be personal.
 * <p>
 * Called by the security module's refusal handler once the request has left the module's transaction, because an
 * entry written inside it would be rolled back with the refused request.
 */
@Service
public class AccessRefusals {

	public static final String ACTION = "ACCESS_REFUSED";

	private final AuditTrail audit;

	AccessRefusals(AuditTrail audit) {
		this.audit = audit;
	}

	/** A request refused by a role rule; the record is named when the address names one. */
	public void refused(String request, String recordType, String recordId) {
		audit.record(ACTION, recordType, recordId, request);
	}

	/** A record refused by {@link org.safercommunities.shared.RecordAccess}. */
	public void refused(String request, RecordAccessRefused refusal) {
		audit.record(ACTION, refusal.recordType(), refusal.recordId(), reason(request, refusal));
	}

	/** {@code GET /staff/reports/12 (OTHER_ORGANISATION)}: the request line first, as for a role refusal. */
	static String reason(String request, RecordAccessRefused refusal) {
		return request + " (" + refusal.reason().name() + ")";
	}

}
