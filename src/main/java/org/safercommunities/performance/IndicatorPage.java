package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Everything on an indicator page: the seven items of the board paper for one area and strand, the filters, and
 * the commentary. {@code heldOtherTypes} names the crime types of police files held for the area that do not serve
 * this indicator (a filtered file), or is null. A percentage indicator has {@code ratio} and its {@code ratioRows}
 * instead of {@code figures}.
 */
record IndicatorPage(Indicator indicator, AreaChoice area, List<AreaChoice> areas, String strand,
		List<Choice> strands, Optional<YearMonth> requestedPeriod, List<YearMonth> periods, boolean laney,
		Optional<IndicatorFigures> figures, Optional<Benchmark> benchmark, List<WardMap.WardRate> wardMap,
		List<RollingRow> rollingRows, List<SpcRow> spcRows, Optional<Commentary> draft, List<Commentary> published,
		boolean periodMoved, String heldOtherTypes, Optional<RatioFigures> ratio, List<RatioRow> ratioRows) {

	/** An option of a select: value and label. */
	record Choice(String value, String label) {
	}

	/** Month i of this rolling year beside month i of the year before; a count is null for a month without data. */
	record RollingRow(String thisMonth, Long thisCount, String lastMonth, Long lastCount) {
	}

	/** Month i of a percentage's rolling year beside month i of the year before, each in words. */
	record RatioRow(String thisMonth, String thisFigure, String lastMonth, String lastFigure) {
	}

	/** One point of the control chart with its centre line and limits. */
	record SpcRow(String month, String value, String centre, String lower, String upper, boolean signal) {
	}

	/** Whether there are figures of either kind (counts, or a percentage). */
	public boolean hasFigures() {
		return figures.isPresent() || ratio.isPresent();
	}

	public String periodLabel() {
		return periodEnd().map(UkDates::month).orElse("");
	}

	public String periodValue() {
		return periodEnd().map(YearMonth::toString).orElse("");
	}

	/** The period end of the figures shown, if any. */
	public Optional<YearMonth> periodEnd() {
		return figures.map(IndicatorFigures::periodEnd).or(() -> ratio.map(RatioFigures::periodEnd));
	}

}
