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
 * Open data: each collected indicator's last twelve months by area (the boroughs, or the partnership borough's
 * wards for indicators kept by ward), with totals, every small count suppressed by {@link SuppressedTable}. Public.
 */
@Component
class OpenData {

	private final Indicators indicators;

	private final IndicatorMonths months;

	private final Areas areas;

	private final AggregateRefresh refresh;

	private final PerformanceSettings settings;

	OpenData(Indicators indicators, IndicatorMonths months, Areas areas, AggregateRefresh refresh,
			PerformanceSettings settings) {
		this.indicators = indicators;
		this.months = months;
		this.areas = areas;
		this.refresh = refresh;
		this.settings = settings;
	}

	/** One published table: rows are areas, columns the twelve months, with totals. */
	record Dataset(Indicator indicator, YearMonth periodEnd, List<YearMonth> columns, List<AreaChoice> rows,
			SuppressedTable table) {

		public String periodLabel() {
			return Months.label(periodEnd);
		}

		public List<String> columnLabels() {
			return columns.stream().map(Months::shortLabel).toList();
		}

	}

	List<Dataset> all() {
		refresh.refreshOwnReportsQuietly();
		List<Dataset> datasets = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			if (indicator.source().collected()) {
				months.range(indicator.code()).ifPresent(range -> dataset(indicator, range.last()).ifPresent(datasets::add));
			}
		}
		return datasets;
	}

	Optional<Dataset> one(String code) {
		refresh.refreshOwnReportsQuietly();
		return indicators.find(code)
			.filter(indicator -> indicator.source().collected())
			.flatMap(indicator -> months.range(code).flatMap(range -> dataset(indicator, range.last())));
	}

	int threshold() {
		return settings.suppressionThreshold();
	}

	private Optional<Dataset> dataset(Indicator indicator, YearMonth periodEnd) {
		AreaType type = indicator.hasWards() ? AreaType.WARD : AreaType.BOROUGH;
		YearMonth from = periodEnd.minusMonths(11);
		Map<String, Map<YearMonth, Long>> series = months.allSeries(indicator.code(), type, Indicator.ALL_STRANDS,
				from, periodEnd);
		List<AreaChoice> rows = (type == AreaType.WARD) ? areas.homeWards()
				: areas.boroughs().stream().filter(borough -> series.containsKey(borough.code())).toList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<YearMonth> columns = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(periodEnd); month = month.plusMonths(1)) {
			columns.add(month);
		}
		long[][] cells = new long[rows.size()][columns.size()];
		for (int i = 0; i < rows.size(); i++) {
			Map<YearMonth, Long> area = series.getOrDefault(rows.get(i).code(), Map.of());
			for (int j = 0; j < columns.size(); j++) {
				cells[i][j] = area.getOrDefault(columns.get(j), 0L);
			}
		}
		return Optional.of(new Dataset(indicator, periodEnd, columns, rows,
				SuppressedTable.of(cells, settings.suppressionThreshold())));
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
