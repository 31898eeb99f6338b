package org.safercommunities.performance;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.springframework.stereotype.Component;

/**
 * Open data tables: each collected indicator's twelve months by area (the boroughs with data, or the partnership
 * borough's wards for indicators kept by ward), with totals, every small count suppressed by
 * {@link SuppressedTable}, and "no data" where the source has none. Published as releases by
 * {@link OpenDataReleases}.
 */
@Component
class OpenData {

	private final Indicators indicators;

	private final IndicatorMonths months;

	private final Areas areas;

	private final AggregateRefresh refresh;

	private final PerformanceSettings settings;

	private final IndicatorCoverage coverage;

	OpenData(Indicators indicators, IndicatorMonths months, Areas areas, AggregateRefresh refresh,
			PerformanceSettings settings, IndicatorCoverage coverage) {
		this.indicators = indicators;
		this.months = months;
		this.areas = areas;
		this.refresh = refresh;
		this.settings = settings;
		this.coverage = coverage;
	}

	/** One table to publish: rows are areas, columns the twelve months, with totals; cells without data absent. */
	record Dataset(Indicator indicator, YearMonth periodEnd, AreaType areaType, List<YearMonth> columns,
			List<AreaChoice> rows, SuppressedTable table) {
	}

	/**
	 * A table for every collected indicator with data: its twelve months to its latest month with data no later
	 * than {@code month}. Indicators with no data are left out.
	 */
	List<Dataset> datasetsUpTo(YearMonth month) {
		refresh.refreshChangedQuietly();
		List<Dataset> datasets = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			// A percentage's parts are not counts to publish: its numerators alone would read as the indicator
			if (indicator.source().collected() && !indicator.ratio()) {
				coverage.anywhere(indicator.code())
					.latestUpTo(month)
					.flatMap(periodEnd -> dataset(indicator, periodEnd))
					.ifPresent(datasets::add);
			}
		}
		return datasets;
	}

	int threshold() {
		return settings.suppressionThreshold();
	}

	private Optional<Dataset> dataset(Indicator indicator, YearMonth periodEnd) {
		AreaType type = indicator.hasWards() ? AreaType.WARD : AreaType.BOROUGH;
		YearMonth from = periodEnd.minusMonths(11);
		Map<String, Map<YearMonth, Long>> series = months.allSeries(indicator.code(), type, Indicator.ALL_STRANDS,
				from, periodEnd);
		Map<String, java.util.Set<YearMonth>> covered = coverage.coveredByBorough(indicator.code(), from, periodEnd);
		String home = settings.homeBorough();
		List<AreaChoice> rows = (type == AreaType.WARD) ? (covered.containsKey(home) ? areas.homeWards() : List.of())
				: areas.boroughs().stream().filter(borough -> covered.containsKey(borough.code())).toList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<YearMonth> columns = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(periodEnd); month = month.plusMonths(1)) {
			columns.add(month);
		}
		long[][] cells = new long[rows.size()][columns.size()];
		boolean[][] present = new boolean[rows.size()][columns.size()];
		for (int i = 0; i < rows.size(); i++) {
			Map<YearMonth, Long> area = series.getOrDefault(rows.get(i).code(), Map.of());
			java.util.Set<YearMonth> areaCovered = covered.getOrDefault(type == AreaType.WARD ? home : rows.get(i).code(),
					java.util.Set.of());
			for (int j = 0; j < columns.size(); j++) {
				present[i][j] = areaCovered.contains(columns.get(j));
				cells[i][j] = present[i][j] ? area.getOrDefault(columns.get(j), 0L) : 0;
			}
		}
		return Optional.of(new Dataset(indicator, periodEnd, type, columns, rows,
				SuppressedTable.of(cells, present, settings.suppressionThreshold())));
	}

	static void csv(Dataset dataset, Writer out) throws IOException {
		CsvWriter csv = CsvWriter.builder().build(out);
		List<String> header = new ArrayList<>(List.of("area_code", "area_name"));
		dataset.columns().forEach(month -> header.add(month.toString()));
		header.add("total");
		csv.writeRecord(header);
		SuppressedTable table = dataset.table();
		for (int i = 0; i <= table.rows(); i++) {
			List<String> record = new ArrayList<>();
			record.add(i < table.rows() ? dataset.rows().get(i).code() : "");
			record.add(i < table.rows() ? dataset.rows().get(i).name() : "Total");
			for (int j = 0; j <= table.columns(); j++) {
				record.add(table.display(i, j));
			}
			csv.writeRecord(record);
		}
		csv.flush();
	}

}
