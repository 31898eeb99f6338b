package org.safercommunities.reporting;

import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.shared.CurrentActor;

/** Who to name in the audit log: the signed-in staff member, or "public" and nothing more. */
final class CurrentStaff {

	private CurrentStaff() {
	}

	static AuditActor auditActor() {
		return CurrentActor.find().map(AuditActor::of).orElse(AuditActor.publicUser());
	}

}
