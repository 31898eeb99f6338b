package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * An indicator's borough totals over a run of months, by strand, for papers (the annual report's "hate crime by
 * strand from the police data"). Only months the indicator holds are added up, and the result says which those
 * are, so a paper can say what the data covers rather than read missing months as none.
 */
@Component
public class IndicatorTotals {

	private final Indicators indicators;

	private final IndicatorMonths months;

	private final Dashboard dashboard;

	private final PerformanceSettings settings;

	IndicatorTotals(Indicators indicators, IndicatorMonths months, Dashboard dashboard, PerformanceSettings settings) {
		this.indicators = indicators;
		this.months = months;
		this.dashboard = dashboard;
		this.settings = settings;
	}

	/**
	 * The home borough's totals from {@code from} to {@code to}, the total first and then each strand by its name;
	 * empty when there is no such indicator or it holds no month in that run.
	 */
	public Optional<StrandTotals> boroughByStrand(String code, YearMonth from, YearMonth to) {
		Optional<Indicator> found = indicators.find(code);
		Optional<IndicatorMonths.MonthRange> held = months.range(code, AreaType.BOROUGH, settings.homeBorough());
		if (found.isEmpty() || held.isEmpty() || held.get().last().isBefore(from) || held.get().first().isAfter(to)) {
			return Optional.empty();
		}
		Indicator indicator = found.get();
		YearMonth first = held.get().first().isAfter(from) ? held.get().first() : from;
		YearMonth last = held.get().last().isBefore(to) ? held.get().last() : to;
		Map<String, Long> byStrand = new LinkedHashMap<>();
		byStrand.put(dashboard.strandLabel(indicator, Indicator.ALL_STRANDS), total(code, Indicator.ALL_STRANDS, first, last));
		for (String strand : months.strands(code)) {
			byStrand.put(dashboard.strandLabel(indicator, strand), total(code, strand, first, last));
		}
		return Optional.of(new StrandTotals(indicator.name(), byStrand, first, last, "/staff/dashboard/" + code));
	}

	private long total(String code, String strand, YearMonth first, YearMonth last) {
		return months.totals(code, AreaType.BOROUGH, strand, first, last).getOrDefault(settings.homeBorough(), 0L);
	}

	/**
	 * @param byStrand the total (first) and each strand, by name
	 * @param firstHeld the first month added up; {@code lastHeld} the last: the run asked for, cut to what is held
	 * @param page the indicator's dashboard page
	 */
	public record StrandTotals(String indicatorName, Map<String, Long> byStrand, YearMonth firstHeld,
			YearMonth lastHeld, String page) {

		/** Whether every month asked for is held. */
		public boolean covers(YearMonth from, YearMonth to) {
			return !firstHeld.isAfter(from) && !lastHeld.isBefore(to);
		}

	}

}
