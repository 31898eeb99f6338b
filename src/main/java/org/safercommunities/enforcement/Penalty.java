package org.safercommunities.enforcement;

import java.time.LocalDate;

/** A fixed penalty notice as held (decrypted): amounts in pence, fixed from the tariff on the day of issue. */
record Penalty(long id, long caseId, long organisationId, String offenceCode, long recipientPersonId,
		LocalDate issuedOn, String officerName, long amountPence, long earlyAmountPence, LocalDate earlyUntil,
		LocalDate dueOn, PaymentStatus status, Long breachOfId, Long pspoConditionId, LocalDate paidOn, Long paidPence,
		String cancelReason) {

	/** What is owed if paid on {@code day}: the reduced amount up to and including the last early day. */
	long amountDueOn(LocalDate day) {
		return day.isAfter(earlyUntil) ? amountPence : earlyAmountPence;
	}

}
