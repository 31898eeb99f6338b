package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Everything on an indicator page: the seven items of the board paper for one area and strand, the filters, and
 * the commentary. {@code heldOtherTypes} names the crime types of police files held for the area that do not serve
 * this indicator (a filtered file), or is null.
 */
record IndicatorPage(Indicator indicator, AreaChoice area, List<AreaChoice> areas, String strand,
		List<Choice> strands, Optional<YearMonth> requestedPeriod, List<YearMonth> periods, boolean laney,
		Optional<IndicatorFigures> figures, Optional<Benchmark> benchmark, List<WardMap.WardRate> wardMap,
		List<RollingRow> rollingRows, List<SpcRow> spcRows, Optional<Commentary> draft, List<Commentary> published,
		boolean periodMoved, String heldOtherTypes) {

	/** An option of a select: value and label. */
	record Choice(String value, String label) {
	}

	/** Month i of this rolling year beside month i of the year before; a count is null for a month without data. */
	record RollingRow(String thisMonth, Long thisCount, String lastMonth, Long lastCount) {
	}

	/** One point of the control chart with its centre line and limits. */
	record SpcRow(String month, String value, String centre, String lower, String upper, boolean signal) {
	}

	public String periodLabel() {
		return figures.map(f -> UkDates.month(f.periodEnd())).orElse("");
	}

	public String periodValue() {
		return figures.map(f -> f.periodEnd().toString()).orElse("");
	}

}
