package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.safercommunities.geography.Borough;
import org.safercommunities.geography.Geography;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a hate crime count file in the configured layout ({@link ImportSettings.HateCrimeLayout}) and stores
 * one count per borough, strand and month. A file replaces its source's counts for the months it covers, so
 * importing it again changes nothing. Runs inside the caller's transaction.
 */
@Component
class HateCrimeImporter {

	private final JdbcTemplate jdbc;

	private final Geography geography;

	private final ImportSettings.HateCrimeLayout layout;

	HateCrimeImporter(JdbcTemplate jdbc, Geography geography, ImportSettings settings) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.layout = settings.hateCrime();
	}

	String forceName() {
		return layout.forceName();
	}

	/** Checks the header has the configured columns. */
	void sniff(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); CsvReader<CsvRecord> reader = CsvFiles.open(in)) {
			Iterator<CsvRecord> rows = reader.iterator();
			if (!rows.hasNext()) {
				throw new ImportFailure("imports.failed.empty");
			}
			new Header(rows.next().getFields());
		}
	}

	/** Reads the file's counts (rejections go to the log); stores nothing: {@link HateCrimeMonths} does. */
	HateCrimeFile read(long importId, Path file, ImportProgressListener listener, ImportLog log) throws IOException {
		long totalBytes = Files.size(file);
		DateTimeFormatter format = DateTimeFormatter.ofPattern(layout.monthFormat());
		Map<String, Optional<Borough>> boroughs = new HashMap<>();
		Map<List<Object>, Integer> counts = new LinkedHashMap<>();
		List<Rejection> rejections = new ArrayList<>();
		int read = 0;
		int imported = 0;
		try (CsvFiles.CountingInputStream in = new CsvFiles.CountingInputStream(Files.newInputStream(file));
				CsvReader<CsvRecord> reader = CsvFiles.open(in)) {
			Iterator<CsvRecord> rows = reader.iterator();
			Header header = new Header(rows.next().getFields());
			while (rows.hasNext()) {
				CsvRecord record = rows.next();
				read++;
				if (header.filter >= 0 && !field(record, header.filter).equals(layout.filterValue())) {
					continue;
				}
				String strand = field(record, header.strand);
				if (!layout.strands().isEmpty() && !layout.strands().contains(strand)) {
					continue;
				}
				String boroughName = field(record, header.borough);
				if (boroughName.isEmpty()) {
					rejections.add(reject(read, record, "imports.reject.borough-empty"));
					continue;
				}
				Optional<Borough> borough = boroughs.computeIfAbsent(boroughName, geography::boroughNamed);
				if (borough.isEmpty()) {
					rejections.add(reject(read, record, "imports.reject.borough", boroughName));
					continue;
				}
				Map<LocalDate, Integer> row = new LinkedHashMap<>();
				Rejection rejection = layout.wide() ? wideCounts(read, record, header, row)
						: longCount(read, record, header, format, row);
				if (rejection != null) {
					rejections.add(rejection);
					continue;
				}
				row.forEach((month, count) -> counts.merge(List.of(boroughName, strand, month), count, Integer::sum));
				imported++;
				if (read % 100 == 0) {
					listener.progress(in.count(), totalBytes, read, imported, rejections.size());
				}
			}
		}
		log.addRejections(importId, rejections);
		listener.progress(totalBytes, totalBytes, read, imported, rejections.size());
		List<HateCrimeFile.Count> rows = new ArrayList<>(counts.size());
		counts.forEach((key, count) -> rows.add(new HateCrimeFile.Count(layout.source(), (String) key.get(0),
				boroughs.get((String) key.get(0)).map(Borough::code).orElse(null), (String) key.get(1),
				(LocalDate) key.get(2), count)));
		return new HateCrimeFile(layout.source(), rows,
				new PoliceUkStreetImporter.Counts(read, rows.isEmpty() ? 0 : imported, rejections.size()));
	}

	private Rejection wideCounts(int rowNumber, CsvRecord record, Header header, Map<LocalDate, Integer> row) {
		for (Map.Entry<Integer, LocalDate> column : header.months.entrySet()) {
			String text = field(record, column.getKey());
			if (text.isEmpty()) {
				continue;
			}
			Integer count = count(text);
			if (count == null) {
				return reject(rowNumber, record, "imports.reject.count", column.getValue().toString().substring(0, 7), text);
			}
			row.put(column.getValue(), count);
		}
		return null;
	}

	private Rejection longCount(int rowNumber, CsvRecord record, Header header, DateTimeFormatter format,
			Map<LocalDate, Integer> row) {
		String monthText = field(record, header.month);
		if (monthText.isEmpty()) {
			return reject(rowNumber, record, "imports.reject.month-empty");
		}
		LocalDate month;
		try {
			month = YearMonth.parse(monthText, format).atDay(1);
		}
		catch (DateTimeParseException ex) {
			return reject(rowNumber, record, "imports.reject.month-format", monthText);
		}
		String text = field(record, header.count);
		Integer count = count(text);
		if (count == null) {
			return reject(rowNumber, record, "imports.reject.count", month.toString().substring(0, 7), text);
		}
		row.put(month, count);
		return null;
	}

	private static Integer count(String text) {
		try {
			int count = Integer.parseInt(text.strip());
			return count < 0 ? null : count;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String field(CsvRecord record, int index) {
		return index < record.getFieldCount() ? record.getField(index).strip() : "";
	}

	private static Rejection reject(int rowNumber, CsvRecord record, String code, String... args) {
		return new Rejection(rowNumber, code, List.of(args), String.join(",", record.getFields()));
	}

	/** The configured columns found in a header. */
	private final class Header {

		final int borough;

		final int strand;

		final int filter;

		final int month;

		final int count;

		final Map<Integer, LocalDate> months = new LinkedHashMap<>();

		Header(List<String> fields) {
			List<String> names = fields.stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
			borough = required(names, layout.boroughColumn());
			strand = required(names, layout.strandColumn());
			filter = layout.filterColumn() == null || layout.filterColumn().isBlank() ? -1
					: required(names, layout.filterColumn());
			if (layout.wide()) {
				month = -1;
				count = -1;
				Pattern pattern = Pattern.compile(layout.monthColumnPattern());
				DateTimeFormatter format = DateTimeFormatter.ofPattern(layout.monthFormat());
				for (int i = 0; i < names.size(); i++) {
					if (pattern.matcher(names.get(i)).matches()) {
						try {
							months.put(i, YearMonth.parse(names.get(i), format).atDay(1));
						}
						catch (DateTimeParseException ex) {
							throw new ImportFailure("imports.failed.month-column", names.get(i));
						}
					}
				}
				if (months.isEmpty()) {
					throw new ImportFailure("imports.failed.header", layout.monthColumnPattern());
				}
			}
			else {
				month = required(names, layout.monthColumn());
				count = required(names, layout.countColumn());
			}
		}

		private int required(List<String> names, String column) {
			int index = names.indexOf(column);
			if (index < 0) {
				throw new ImportFailure("imports.failed.header", column);
			}
			return index;
		}

	}

}
