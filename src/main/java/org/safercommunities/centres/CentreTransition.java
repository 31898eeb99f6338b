package org.safercommunities.centres;

import java.util.Set;

/** The lifecycle buttons: applicant → active → lapsed or withdrawn; a lapsed centre can be reinstated. */
enum CentreTransition {

	ACTIVATE(Set.of(CentreStatus.APPLICANT), CentreStatus.ACTIVE, false, true),
	LAPSE(Set.of(CentreStatus.ACTIVE), CentreStatus.LAPSED, true, false),
	WITHDRAW(Set.of(CentreStatus.APPLICANT, CentreStatus.ACTIVE, CentreStatus.LAPSED), CentreStatus.WITHDRAWN, true, false),
	REINSTATE(Set.of(CentreStatus.LAPSED), CentreStatus.ACTIVE, true, true),
	REAPPLY(Set.of(CentreStatus.WITHDRAWN), CentreStatus.APPLICANT, true, false);

	private final Set<CentreStatus> from;

	private final CentreStatus to;

	private final boolean needsReason;

	private final boolean needsEligibility;

	CentreTransition(Set<CentreStatus> from, CentreStatus to, boolean needsReason, boolean needsEligibility) {
		this.from = from;
		this.to = to;
		this.needsReason = needsReason;
		this.needsEligibility = needsEligibility;
	}

	boolean allowedFrom(CentreStatus status) {
		return from.contains(status);
	}

	CentreStatus to() {
		return to;
	}

	boolean needsReason() {
		return needsReason;
	}

	boolean needsEligibility() {
		return needsEligibility;
	}

	public String messageKey() {
		return "centres.transition." + name();
	}

}
