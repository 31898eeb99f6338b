package org.safercommunities.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the audit viewer calls unusual ({@code safer.audit.unusual.*}). The defaults are starting points for a
 * partnership to tune, not findings from data.
 *
 * @param readsPerDay a person reading more records than this in one day is a bulk read
 * @param outOfHoursReads a person reading more records than this outside working hours in one day
 * @param workingDayStarts the hour (UK time, 0 to 23) working hours begin on a weekday
 * @param workingDayEnds the hour working hours end; weekends are out of hours all day
 * @param refusalsPerDay a person refused more often than this in one day
 */
@ConfigurationProperties("safer.audit.unusual")
record UnusualAccessSettings(@DefaultValue("100") int readsPerDay, @DefaultValue("20") int outOfHoursReads,
		@DefaultValue("7") int workingDayStarts, @DefaultValue("19") int workingDayEnds,
		@DefaultValue("3") int refusalsPerDay) {
}
