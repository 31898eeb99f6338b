package org.safercommunities.centres;

import java.time.YearMonth;

/**
 * One centre's contacts in one month from its monthly return, for the dashboard.
 * @param inProduct reports taken at the centre and entered in the product (as counted when the return was
 *        last sent or corrected)
 * @param outside contacts the centre took outside the product and added to its return
 * @param total {@code inProduct + outside}
 */
public record CentreMonthTotal(long organisationId, String centreName, YearMonth month, int inProduct, int outside,
		int total) {
}
