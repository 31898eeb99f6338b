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

	Benchmarks(IndicatorMonths months, Populations populations, Areas areas, PerformanceSettings settings) {
		this.months = months;
		this.populations = populations;
		this.areas = areas;
		this.settings = settings;
	}

	/** Empty when fewer than two boroughs of the basket have data and a population. */
	Optional<Benchmark> of(Indicator indicator, String strand, String borough, YearMonth periodEnd) {
		Map<String, Long> totals = months.totals(indicator.code(), AreaType.BOROUGH, strand, periodEnd.minusMonths(11),
				periodEnd);
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
		Optional<String> rank = all.stream()
			.filter(area -> area.area().equals(borough))
			.findFirst()
			.map(mine -> PeerBenchmark.rankLabel(mine, all) + " London boroughs");
		PeerBenchmark.Result result = PeerBenchmark.compare(basket);
		List<Benchmark.Row> rows = new ArrayList<>();
		for (PeerBenchmark.AreaBenchmark area : result.areas()) {
			String code = area.area().area();
			rows.add(new Benchmark.Row(code, names.getOrDefault(code, code), area, code.equals(borough)));
		}
		rows.sort(Comparator.comparingDouble((Benchmark.Row row) -> row.figures().ratePer1000()).reversed());
		return Optional.of(new Benchmark(settings.benchmarkGroupName(), result.pooledRatePer1000(), rows, rank));
	}

}
