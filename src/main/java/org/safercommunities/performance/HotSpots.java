package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.performance.statistics.PoissonRateComparison;
import org.safercommunities.performance.statistics.RateComparison;
import org.springframework.stereotype.Component;

/**
 * Hot spots (Barnet strategy Action 2), per strand of an indicator: the areas with the highest rates per 1,000
 * over the rolling year, and the largest rises on the year before that an exact Poisson test finds significant.
 * Wards of the partnership's borough for indicators kept by ward; London's boroughs otherwise.
 */
@Component
class HotSpots {

	static final int SHOWN = 5;

	private final Dashboard dashboard;

	HotSpots(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	/** One area's year. */
	record Spot(String code, String name, long thisYear, long lastYear, Double ratePer1000, double pValue) {

		public long rise() {
			return thisYear - lastYear;
		}

	}

	/** One strand's hot spots. */
	record StrandSpots(String strand, String label, List<Spot> highestRates, List<Spot> significantRises) {
	}

	/** Hot spots strand by strand, and how many areas were left out for want of two full years of data. */
	record Result(List<StrandSpots> strands, int leftOut) {
	}

	/**
	 * The indicator's hot spots for the period, strand by strand (the total first), among the areas with data for
	 * every month of both years (a rise against a part year would be no rise at all).
	 */
	Result of(Indicator indicator, YearMonth periodEnd, Optional<String> onlyStrand) {
		AreaType type = indicator.hasWards() ? AreaType.WARD : AreaType.BOROUGH;
		List<AreaChoice> areas = (type == AreaType.WARD) ? dashboard.areas().homeWards() : dashboard.areas().boroughs();
		Map<String, String> names = areas.stream().collect(Collectors.toMap(AreaChoice::code, AreaChoice::name));
		Set<String> fullyCovered = dashboard.coverageStore()
			.boroughsCoveringAll(indicator.code(), periodEnd.minusMonths(23), periodEnd);
		Set<String> offered = new java.util.HashSet<>(names.keySet());
		if (type == AreaType.WARD) {
			if (!fullyCovered.contains(dashboard.areas().home().code())) {
				offered.clear();
			}
		}
		else {
			offered.retainAll(fullyCovered);
		}
		int leftOut = names.size() - offered.size();
		Map<String, Long> people = dashboard.populations().of(type, periodEnd.getYear());
		List<String> strands = new ArrayList<>();
		strands.add(Indicator.ALL_STRANDS);
		strands.addAll(dashboard.strands(indicator));
		List<StrandSpots> result = new ArrayList<>();
		for (String strand : strands) {
			if (onlyStrand.isPresent() && !onlyStrand.get().equals(strand)) {
				continue;
			}
			Map<String, Long> thisYear = dashboard.months().totals(indicator.code(), type, strand,
					periodEnd.minusMonths(11), periodEnd);
			Map<String, Long> lastYear = dashboard.months().totals(indicator.code(), type, strand,
					periodEnd.minusMonths(23), periodEnd.minusMonths(12));
			List<Spot> spots = new ArrayList<>();
			for (String code : offered) {
				long now = thisYear.getOrDefault(code, 0L);
				long before = lastYear.getOrDefault(code, 0L);
				if (now == 0 && before == 0) {
					continue;
				}
				Long population = people.get(code);
				RateComparison test = PoissonRateComparison.compare(now, before);
				spots.add(new Spot(code, names.get(code), now, before,
						population == null || population == 0 ? null : 1000.0 * now / population, test.pValue()));
			}
			List<Spot> highest = spots.stream()
				.filter(spot -> spot.ratePer1000() != null)
				.sorted(Comparator.comparingDouble(Spot::ratePer1000).reversed())
				.limit(SHOWN)
				.toList();
			List<Spot> rises = spots.stream()
				.filter(spot -> spot.rise() > 0 && spot.pValue() < IndicatorFigures.ALPHA)
				.sorted(Comparator.comparingLong(Spot::rise).reversed())
				.limit(SHOWN)
				.toList();
			result.add(new StrandSpots(strand, dashboard.strandLabel(indicator, strand), highest, rises));
		}
		return new Result(result, leftOut);
	}

}
