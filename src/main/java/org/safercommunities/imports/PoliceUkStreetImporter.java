package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.safercommunities.geography.Geography;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one police.uk street-level crime file (one force, one month) and stores its valid rows in
 * street_crime, placing each in a ward and borough. The caller runs {@link #load} in one transaction, so a
 * month is stored whole or not at all: a crash leaves the previous data and a rerun starts the month again.
 */
@Component
class PoliceUkStreetImporter {

	static final int REJECTION_BATCH = 2000;

	static final int PROGRESS_EVERY = 2000;

	/** police.uk's own file names: 2024-01-metropolitan-street.csv. */
	private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2})-[A-Za-z0-9-]+-street.*\\.csv",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");


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
	 * Writes the file's valid rows into the force's month (which the caller has emptied) and returns the counts. Rejected rows go to the
	 * import's rejections. Runs inside the caller's transaction.
	 */
	Counts load(long importId, Path file, FileFacts facts, ImportProgressListener listener, ImportLog log)
			throws IOException {
		long totalBytes = Files.size(file);
		geography.prepare();
		List<Rejection> rejections = new ArrayList<>();
		int read = 0;
		int rejected = 0;
		try (CsvFiles.CountingInputStream in = new CsvFiles.CountingInputStream(Files.newInputStream(file));
				CsvReader<CsvRecord> reader = CsvFiles.open(in);
				StreetCrimeWriter writer = StreetCrimeWriter.open(jdbc, facts.forceCode(), facts.month(), importId)) {
			Iterator<CsvRecord> rows = reader.iterator();
			StreetCrimeValidator validator = new StreetCrimeValidator(StreetCrimeColumns.of(rows.next().getFields()),
					facts.month().toString().substring(0, 7), facts.forceName());
			while (rows.hasNext()) {
				CsvRecord record = rows.next();
				read++;
				Object checked = validator.check(read, record);
				if (checked instanceof StreetCrimeRow row) {
					writer.write(row, geography.place(row.longitude(), row.latitude(), row.lsoaCode()));
				}
				else {
					rejections.add((Rejection) checked);
					rejected++;
					if (rejections.size() == REJECTION_BATCH) {
						writer.between(() -> log.addRejections(importId, rejections));
						rejections.clear();
					}
				}
				if (read % PROGRESS_EVERY == 0) {
					listener.progress(in.count(), totalBytes, read, read - rejected, rejected);
				}
			}
			int imported = writer.finish();
			log.addRejections(importId, rejections);
			listener.progress(totalBytes, totalBytes, read, imported, rejected);
			return new Counts(read, imported, rejected);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not store street-level crime rows", ex);
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
