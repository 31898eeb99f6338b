package org.safercommunities.centres;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.safercommunities.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Monthly returns as CSV (FastCSV) and XLSX (fastexcel), one row per centre and month, with every return line
 * for both sources. Column names are stable codes, for analysts' spreadsheets and scripts. Text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
@Component
class ReturnExport {

	private static final ZoneId UK = UkTime.ZONE;

	private final ReturnRows rows;

	ReturnExport(ReturnRows rows) {
		this.rows = rows;
	}

	record Line(String centreName, CentreReturn sent) {
	}

	List<String> header() {
		List<String> header = new ArrayList<>(List.of("centre", "organisation_id", "month", "in_product_total",
				"outside_total", "total"));
		for (ReturnRows.Row row : rows.all()) {
			header.add("in_product." + row.key());
		}
		for (ReturnRows.Row row : rows.all()) {
			header.add("outside." + row.key());
		}
		header.addAll(List.of("comment", "submitted_at", "submitted_by", "corrected_at", "corrections"));
		return header;
	}

	/** The cells of one line: text or whole numbers. */
	List<Object> cells(Line line) {
		CentreReturn sent = line.sent();
		List<Object> cells = new ArrayList<>(List.of(safe(line.centreName()), sent.getOrganisationId(),
				sent.getMonth().toString(), sent.getInProductTotal(), sent.getOutsideTotal(), sent.getTotal()));
		var inProduct = sent.getInProduct();
		var outside = sent.getOutside();
		for (ReturnRows.Row row : rows.all()) {
			cells.add(inProduct.getOrDefault(row.key(), 0));
		}
		for (ReturnRows.Row row : rows.all()) {
			cells.add(outside.getOrDefault(row.key(), 0));
		}
		cells.add(safe(sent.getComment() == null ? "" : sent.getComment()));
		cells.add(sent.getSubmittedAt().atZone(UK).toLocalDateTime().withNano(0).toString());
		cells.add(safe(sent.getSubmittedBy()));
		cells.add(sent.getCorrectedAt() == null ? "" : sent.getCorrectedAt().atZone(UK).toLocalDateTime().withNano(0).toString());
		cells.add(sent.getCorrections().size());
		return cells;
	}

	void csv(List<Line> lines, Writer out) throws IOException {
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(header());
		for (Line line : lines) {
			csv.writeRecord(cells(line).stream().map(String::valueOf).toList());
		}
		csv.flush();
	}

	void xlsx(List<Line> lines, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Safer Communities", "1.0");
		Worksheet sheet = workbook.newWorksheet("Monthly returns");
		List<String> header = header();
		for (int column = 0; column < header.size(); column++) {
			sheet.value(0, column, header.get(column));
			sheet.style(0, column).bold().set();
		}
		int rowNumber = 1;
		for (Line line : lines) {
			List<Object> cells = cells(line);
			for (int column = 0; column < cells.size(); column++) {
				Object cell = cells.get(column);
				if (cell instanceof Number number) {
					sheet.value(rowNumber, column, number);
				}
				else {
					sheet.value(rowNumber, column, String.valueOf(cell));
				}
			}
			rowNumber++;
		}
		sheet.freezePane(1, 1);
		workbook.finish();
	}

	private static String safe(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
