package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The rolling year's rate per 1,000 residents in each ward of the partnership's borough, in five equal bands from
 * zero to the highest rate, for the choropleth and its table. Ward populations are estimates (see
 * {@code Geography#wardPopulationEstimates}).
 */
@Component
class WardMap {

	static final int BANDS = 5;

	private final IndicatorMonths months;

	private final Populations populations;

	private final Areas areas;

	WardMap(IndicatorMonths months, Populations populations, Areas areas) {
		this.months = months;
		this.populations = populations;
		this.areas = areas;
	}

	/** One ward on the map. */
	record WardRate(String code, String name, long count, long population, double ratePer1000, int band) {
	}

	List<WardRate> of(Indicator indicator, String strand, YearMonth periodEnd) {
		Map<String, Long> totals = months.totals(indicator.code(), AreaType.WARD, strand, periodEnd.minusMonths(11),
				periodEnd);
		Map<String, Long> people = populations.of(AreaType.WARD, periodEnd.getYear());
		List<WardRate> rates = new ArrayList<>();
		for (AreaChoice ward : areas.homeWards()) {
			long population = people.getOrDefault(ward.code(), 0L);
			long count = totals.getOrDefault(ward.code(), 0L);
			rates.add(new WardRate(ward.code(), ward.name(), count, population,
					population > 0 ? 1000.0 * count / population : 0, 0));
		}
		double max = rates.stream().mapToDouble(WardRate::ratePer1000).max().orElse(0);
		return rates.stream()
			.map(rate -> new WardRate(rate.code(), rate.name(), rate.count(), rate.population(), rate.ratePer1000(),
					band(rate.ratePer1000(), max)))
			.toList();
	}

	static int band(double rate, double max) {
		return (max <= 0) ? 0 : Math.min(BANDS - 1, (int) Math.floor(rate / max * BANDS));
	}

}
