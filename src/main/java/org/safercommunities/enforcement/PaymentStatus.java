package org.safercommunities.enforcement;

/** Where a fixed penalty notice stands. */
enum PaymentStatus {

	UNPAID, PAID_EARLY, PAID, CANCELLED, PROSECUTION_REVIEW;

	public String messageKey() {
		return "enforcement.status." + name();
	}

	boolean paid() {
		return this == PAID_EARLY || this == PAID;
	}

}
