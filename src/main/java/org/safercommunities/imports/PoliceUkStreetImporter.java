package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.safercommunities.geography.Geography;
import org.safercommunities.geography.Placement;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one police.uk street-level crime file (one force, one month) and stores its valid rows in
 * street_crime, placing each in a ward and borough. The caller runs {@link #load} in one transaction, so a
 * month is stored whole or not at all: a crash leaves the previous data and a rerun starts the month again.
 */
@Component
class PoliceUkStreetImporter {

	static final int BATCH_SIZE = 2000;

	/** police.uk's own file names: 2024-01-metropolitan-street.csv. */
	private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2})-[A-Za-z0-9-]+-street.*\\.csv",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final String INSERT = """
			insert into street_crime (force_code, crime_month, row_no, import_id, crime_id, crime_type, longitude,
			  latitude, lsoa_code, ward_code, borough_code, outcome)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final Geography geography;

	PoliceUkStreetImporter(JdbcTemplate jdbc, Geography geography) {
		this.jdbc = jdbc;
		this.geography = geography;
	}

	/** Force and month of a file: the month from police.uk's file name, else its first row; the force from it. */
	FileFacts sniff(Path file, String fileName) throws IOException {
		try (InputStream in = Files.newInputStream(file); CsvReader<CsvRecord> reader = CsvFiles.open(in)) {
			Iterator<CsvRecord> rows = reader.iterator();
			if (!rows.hasNext()) {
				throw new ImportFailure("imports.failed.empty");
			}
			StreetCrimeColumns columns = StreetCrimeColumns.of(rows.next().getFields());
			if (!rows.hasNext()) {
				throw new ImportFailure("imports.failed.empty");
			}
			CsvRecord first = rows.next();
			String force = first.getFieldCount() > columns.reportedBy() ? first.getField(columns.reportedBy()).strip() : "";
			if (force.isEmpty()) {
				throw new ImportFailure("imports.failed.force");
			}
			Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName.strip());
			String month = name.matches() && MONTH.matcher(name.group(1)).matches() ? name.group(1)
					: first.getFieldCount() > columns.month() ? first.getField(columns.month()).strip() : "";
			if (!MONTH.matcher(month).matches()) {
				throw new ImportFailure("imports.failed.month");
			}
			return new FileFacts(forceCode(force), force, LocalDate.parse(month + "-01"));
		}
	}

	/**
	 * Replaces the force's month with the file's valid rows and returns the counts. Rejected rows go to the
	 * import's rejections. Runs inside the caller's transaction.
	 */
	Counts load(long importId, Path file, FileFacts facts, ImportProgressListener listener, ImportLog log)
			throws IOException {
		jdbc.update("delete from street_crime where force_code = ? and crime_month = ?", facts.forceCode(),
				facts.month());
		long totalBytes = Files.size(file);
		Map<String, Placement> places = new HashMap<>();
		List<StreetCrimeRow> batch = new ArrayList<>(BATCH_SIZE);
		List<Placement> batchPlaces = new ArrayList<>(BATCH_SIZE);
		List<Rejection> rejections = new ArrayList<>();
		int read = 0;
		int imported = 0;
		int rejected = 0;
		try (CsvFiles.CountingInputStream in = new CsvFiles.CountingInputStream(Files.newInputStream(file));
				CsvReader<CsvRecord> reader = CsvFiles.open(in)) {
			Iterator<CsvRecord> rows = reader.iterator();
			StreetCrimeValidator validator = new StreetCrimeValidator(StreetCrimeColumns.of(rows.next().getFields()),
					facts.month().toString().substring(0, 7), facts.forceName());
			while (rows.hasNext()) {
				CsvRecord record = rows.next();
				read++;
				Object checked = validator.check(read, record);
				if (checked instanceof StreetCrimeRow row) {
					batch.add(row);
					batchPlaces.add(places.computeIfAbsent(row.longitude() + "," + row.latitude() + "," + row.lsoaCode(),
							key -> geography.place(row.longitude(), row.latitude(), row.lsoaCode())));
				}
				else {
					rejections.add((Rejection) checked);
					rejected++;
				}
				if (batch.size() == BATCH_SIZE) {
					imported += insert(importId, facts, batch, batchPlaces);
					listener.progress(in.count(), totalBytes, read, imported, rejected);
				}
				if (rejections.size() == BATCH_SIZE) {
					log.addRejections(importId, rejections);
					rejections.clear();
				}
			}
			imported += insert(importId, facts, batch, batchPlaces);
			log.addRejections(importId, rejections);
			listener.progress(totalBytes, totalBytes, read, imported, rejected);
		}
		return new Counts(read, imported, rejected);
	}

	private int insert(long importId, FileFacts facts, List<StreetCrimeRow> rows, List<Placement> placements) {
		if (rows.isEmpty()) {
			return 0;
		}
		java.sql.Date month = java.sql.Date.valueOf(facts.month());
		jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				StreetCrimeRow row = rows.get(i);
				Placement placement = placements.get(i);
				ps.setString(1, facts.forceCode());
				ps.setDate(2, month);
				ps.setInt(3, row.rowNumber());
				ps.setLong(4, importId);
				ps.setString(5, row.crimeId());
				ps.setString(6, row.crimeType());
				setDouble(ps, 7, row.longitude());
				setDouble(ps, 8, row.latitude());
				ps.setString(9, row.lsoaCode());
				ps.setString(10, placement.wardCode());
				ps.setString(11, placement.boroughCode());
				ps.setString(12, row.outcome());
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
		int count = rows.size();
		rows.clear();
		placements.clear();
		return count;
	}

	private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, value);
		}
	}

	static String forceCode(String forceName) {
		String code = forceName.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return code.length() <= 60 ? code : code.substring(0, 60);
	}

	/** The force and month a file covers. */
	record FileFacts(String forceCode, String forceName, LocalDate month) {
	}

	record Counts(int read, int imported, int rejected) {
	}

}
