package org.safercommunities.enforcement;

import java.time.LocalDate;

/** A tool or power recorded on a case, as held (decrypted); {@code withdrawnReason} null while it stands. */
record Tool(long id, long caseId, long organisationId, ToolKind kind, Long recipientPersonId, String premises,
		LocalDate issuedOn, String officerName, String conditions, LocalDate complianceOn, String noWarningReason,
		Long breachOfId, Long pspoConditionId, Integer duration, boolean extended, LocalDate inForceUntil,
		String withdrawnReason) {

	/** A withdrawn tool stays on the register with its reason but counts for nothing (chain, Fig. 3, dashboard). */
	boolean withdrawn() {
		return withdrawnReason != null;
	}

	/** Whether this was served on the same person, or the same premises, as {@code other}. */
	boolean sameRecipientAs(Long personId, String otherPremises) {
		if (recipientPersonId != null) {
			return recipientPersonId.equals(personId);
		}
		return premises != null && otherPremises != null && premises.strip().equalsIgnoreCase(otherPremises.strip());
	}

}
