package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.performance.statistics.PeerBenchmark;
import org.springframework.stereotype.Component;

/** Benchmarks a borough's rolling year against its basket and ranks it among London's boroughs, from aggregates. */
@Component
class Benchmarks {

	private final IndicatorMonths months;

	private final Populations populations;

	private final Areas areas;

	private final PerformanceSettings settings;

	private final IndicatorCoverage coverage;

	Benchmarks(IndicatorMonths months, Populations populations, Areas areas, PerformanceSettings settings,
			IndicatorCoverage coverage) {
		this.coverage = coverage;
		this.months = months;
		this.populations = populations;
		this.areas = areas;
		this.settings = settings;
	}

	/**
	 * Only boroughs with data for every month of the year take part: a part year would rank as low. Empty when
	 * the borough itself or fewer than two boroughs of the basket have a full year and a population.
	 */
	Optional<Benchmark> of(Indicator indicator, String strand, String borough, YearMonth periodEnd) {
		java.util.Set<String> fullYear = coverage.boroughsCoveringAll(indicator.code(), periodEnd.minusMonths(11),
				periodEnd);
		if (!fullYear.contains(borough)) {
			return Optional.empty();
		}
		Map<String, Long> totals = new java.util.HashMap<>(months.totals(indicator.code(), AreaType.BOROUGH, strand,
				periodEnd.minusMonths(11), periodEnd));
		long withSomeData = coverage.coveredByBorough(indicator.code(), periodEnd.minusMonths(11), periodEnd).size();
		totals.keySet().retainAll(fullYear);
		fullYear.forEach(code -> totals.putIfAbsent(code, 0L));
		Map<String, Long> people = populations.of(AreaType.BOROUGH, periodEnd.getYear());
		Map<String, String> names = areas.boroughs().stream()
			.collect(Collectors.toMap(AreaChoice::code, AreaChoice::name));
		List<PeerBenchmark.AreaCount> all = totals.entrySet().stream()
			.filter(entry -> people.containsKey(entry.getKey()))
			.map(entry -> new PeerBenchmark.AreaCount(entry.getKey(), entry.getValue(), people.get(entry.getKey())))
			.toList();
		List<PeerBenchmark.AreaCount> basket = settings.basketWith(borough).stream()
			.filter(code -> totals.containsKey(code) && people.containsKey(code))
			.map(code -> new PeerBenchmark.AreaCount(code, totals.get(code), people.get(code)))
			.toList();
		if (basket.size() < 2) {
			return Optional.empty();
		}
		Optional<PeerBenchmark.AreaCount> mine = all.stream().filter(area -> area.area().equals(borough)).findFirst();
		Optional<String> rank = mine.map(area -> PeerBenchmark.rankLabel(area, all));
		Optional<String> rankByNumber = mine.map(area -> PeerBenchmark.rankByNumberLabel(area, all));
		PeerBenchmark.Result result = PeerBenchmark.compare(basket);
		List<Benchmark.Row> rows = new ArrayList<>();
		for (PeerBenchmark.AreaBenchmark area : result.areas()) {
			String code = area.area().area();
			rows.add(new Benchmark.Row(code, names.getOrDefault(code, code), area, code.equals(borough)));
		}
		rows.sort(Comparator.comparingDouble((Benchmark.Row row) -> row.figures().ratePer1000()).reversed());
		return Optional.of(new Benchmark(settings.benchmarkGroupName(), result.pooledRatePer1000(), rows, rank,
				rankByNumber, (int) Math.max(0, withSomeData - fullYear.size())));
	}

}
