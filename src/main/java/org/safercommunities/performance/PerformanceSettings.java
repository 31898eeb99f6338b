package org.safercommunities.performance;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the performance dashboard.
 *
 * @param homeBorough the partnership's borough (GSS code): the default area, and the borough the product's own
 * reports count for
 * @param benchmarkGroup the basket of similar boroughs (GSS codes) an area is benchmarked against; the home
 * borough is always in it
 * @param benchmarkGroupName how the basket is named on pages
 * @param suppressionThreshold open data hides every count below this (and what would reveal it)
 * @param hateCrimeTotalStrands the police hate crime strands that add up to the total (the others are parts of
 * them)
 * @param collectingSince the first month the product collected its own reports (default: the month of the first
 * report); months from then on are data even when nobody reported
 * @param openDataLag days into the next month before a month is published as open data (default 14: the 15th)
 * @param announcedChangeGrace how long a page leaves a moved change mark to the module's event, whose listener
 * counts only the months changed, before counting the whole source itself (default 30 seconds); a change no event
 * announces is counted by the first page after that
 */
@ConfigurationProperties("safer.performance")
record PerformanceSettings(@DefaultValue("E09000003") String homeBorough, @DefaultValue({}) List<String> benchmarkGroup,
		@DefaultValue("similar boroughs") String benchmarkGroupName, @DefaultValue("5") int suppressionThreshold,
		@DefaultValue({ "Racist and Religious Hate Crime", "Homophobic Hate Crime", "Disability Hate Crime",
				"Transgender Hate" }) List<String> hateCrimeTotalStrands,
		java.time.YearMonth collectingSince, @DefaultValue("14") int openDataLag,
		@DefaultValue("30s") java.time.Duration announcedChangeGrace) {

	List<String> basketWith(String area) {
		List<String> basket = new java.util.ArrayList<>(benchmarkGroup);
		if (!basket.contains(homeBorough)) {
			basket.add(0, homeBorough);
		}
		if (!basket.contains(area)) {
			basket.add(area);
		}
		return basket;
	}

}
