package org.safercommunities.enforcement;

import java.time.LocalDate;

/**
 * The closure powers' time limits (ASB, Crime and Policing Act 2014 sections 76-84) from {@code validFrom}: a notice
 * lasts up to {@code noticeHours}, extendable to {@code noticeExtendedHours}; an order up to {@code orderMonths},
 * extendable to {@code orderExtendedMonths} in total. Kept by administrators, since the law is changing.
 */
record ClosureLimits(long id, LocalDate validFrom, int noticeHours, int noticeExtendedHours, int orderMonths,
		int orderExtendedMonths) {

	ClosureLimits(int noticeHours, int noticeExtendedHours, int orderMonths, int orderExtendedMonths) {
		this(0, null, noticeHours, noticeExtendedHours, orderMonths, orderExtendedMonths);
	}

}
