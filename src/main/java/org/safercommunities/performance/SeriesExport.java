package org.safercommunities.performance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.safercommunities.performance.statistics.Proportion;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An indicator's monthly series for one area and strand as CSV (FastCSV) or XLSX (fastexcel). A month without
 * data has an empty count and "no data" in the coverage column, never a 0; a percentage indicator's month has its
 * numerator and denominator, and no percentage when it had no case.
 */
final class SeriesExport {

	static final String[] HEADER = { "indicator", "indicator_name", "area_code", "area_name", "strand", "month",
			"count", "coverage" };

	static final String HAS_DATA = "data";

	static final String NO_DATA = "no data";

	/** A percentage indicator's columns: the numerator, the denominator and the percentage (empty for 0 of 0). */
	static final String[] RATIO_HEADER = { "indicator", "indicator_name", "area_code", "area_name", "strand", "month",
			"numerator", "denominator", "percentage", "coverage" };

	private SeriesExport() {
	}

	static void csvRatio(Indicator indicator, AreaChoice area, String strand, Map<YearMonth, Optional<Proportion>> series,
			Writer out) throws IOException {
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(RATIO_HEADER);
		series.forEach((month, part) -> csv.writeRecord(indicator.code(), indicator.name(), area.code(), area.name(),
				strand, month.toString(), part.map(p -> String.valueOf(p.numerator())).orElse(""),
				part.map(p -> String.valueOf(p.denominator())).orElse(""), part.flatMap(SeriesExport::percent)
					.map(percent -> String.format(java.util.Locale.ROOT, "%.1f", percent)).orElse(""),
				part.isPresent() ? HAS_DATA : NO_DATA));
		csv.flush();
	}

	static void xlsxRatio(Indicator indicator, AreaChoice area, String strand, Map<YearMonth, Optional<Proportion>> series,
			OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Safer Communities", "1.0");
		Worksheet sheet = workbook.newWorksheet(indicator.code());
		for (int column = 0; column < RATIO_HEADER.length; column++) {
			sheet.value(0, column, RATIO_HEADER[column]);
			sheet.style(0, column).bold().set();
		}
		int row = 1;
		for (Map.Entry<YearMonth, Optional<Proportion>> entry : series.entrySet()) {
			String[] first = { indicator.code(), indicator.name(), area.code(), area.name(), strand, entry.getKey().toString() };
			for (int column = 0; column < first.length; column++) {
				sheet.value(row, column, first[column]);
			}
			Optional<Proportion> part = entry.getValue();
			if (part.isPresent()) {
				sheet.value(row, 6, part.get().numerator());
				sheet.value(row, 7, part.get().denominator());
				int at = row;
				percent(part.get()).ifPresent(percent -> sheet.value(at, 8, percent));
			}
			sheet.value(row, 9, part.isPresent() ? HAS_DATA : NO_DATA);
			row++;
		}
		workbook.finish();
	}

	private static Optional<Double> percent(Proportion part) {
		return part.hasDenominator() ? Optional.of(part.percent().getAsDouble()) : Optional.empty();
	}

	static void csv(Indicator indicator, AreaChoice area, String strand, Map<YearMonth, Optional<Long>> series, Writer out)
			throws IOException {
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(HEADER);
		series.forEach((month, count) -> csv.writeRecord(indicator.code(), indicator.name(), area.code(), area.name(),
				strand, month.toString(), count.map(String::valueOf).orElse(""), count.isPresent() ? HAS_DATA : NO_DATA));
		csv.flush();
	}

	static void xlsx(Indicator indicator, AreaChoice area, String strand, Map<YearMonth, Optional<Long>> series, String attribution,
			OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Safer Communities", "1.0");
		Worksheet sheet = workbook.newWorksheet(indicator.code());
		for (int column = 0; column < HEADER.length; column++) {
			sheet.value(0, column, HEADER[column]);
			sheet.style(0, column).bold().set();
		}
		int row = 1;
		for (Map.Entry<YearMonth, Optional<Long>> entry : series.entrySet()) {
			sheet.value(row, 0, indicator.code());
			sheet.value(row, 1, indicator.name());
			sheet.value(row, 2, area.code());
			sheet.value(row, 3, area.name());
			sheet.value(row, 4, strand);
			sheet.value(row, 5, entry.getKey().toString());
			if (entry.getValue().isPresent()) {
				sheet.value(row, 6, entry.getValue().get());
			}
			sheet.value(row, 7, entry.getValue().isPresent() ? HAS_DATA : NO_DATA);
			row++;
		}
		if (attribution != null) {
			sheet.value(row + 1, 0, attribution);
		}
		workbook.finish();
	}

}
