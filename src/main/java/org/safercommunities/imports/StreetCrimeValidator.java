package org.safercommunities.imports;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Checks one row of a police.uk street-level crime file. Plain code, no Spring: either a {@link StreetCrimeRow}
 * or a {@link Rejection} with the reason as a message key.
 * <p>
 * Rules: the month is YYYY-MM and the file's month; "Reported by" is the file's force; longitude and latitude
 * are both empty (police.uk's "No location" rows, kept without a place) or both numbers within the UK; the
 * crime type is a police.uk category; the LSOA code, when given, is an ONS LSOA code (E01 or W01 and six
 * digits); the Crime ID, when given, is 64 hexadecimal characters. Rows without a Crime ID (anti-social
 * behaviour) are kept.
 */
final class StreetCrimeValidator {

	/** Every category police.uk has used for street-level crime, including the retired ones. */
	static final Set<String> CRIME_TYPES = Set.of("Anti-social behaviour", "Bicycle theft", "Burglary",
			"Criminal damage and arson", "Drugs", "Other crime", "Other theft", "Possession of weapons", "Public order",
			"Robbery", "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences",
			"Violent crime", "Public disorder and weapons");

	/** A generous box around the UK (Scilly, Northern Ireland, Shetland), WGS84. */
	static final double MIN_LONGITUDE = -8.75;

	static final double MAX_LONGITUDE = 1.8;

	static final double MIN_LATITUDE = 49.8;

	static final double MAX_LATITUDE = 60.95;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private final StreetCrimeColumns columns;

	private final String month;

	private final String forceName;

	StreetCrimeValidator(StreetCrimeColumns columns, String month, String forceName) {
		this.columns = columns;
		this.month = month;
		this.forceName = forceName;
	}

	/** The row, or null with the rejection handed to {@code rejected}. */
	Object check(int rowNumber, CsvRecord record) {
		if (record.getFieldCount() < columns.required()) {
			return reject(rowNumber, record, "imports.reject.columns", String.valueOf(record.getFieldCount()),
					String.valueOf(columns.count()));
		}
		String rowMonth = record.getField(columns.month()).strip();
		if (rowMonth.isEmpty()) {
			return reject(rowNumber, record, "imports.reject.month-empty");
		}
		if (!rowMonth.equals(month) && !MONTH.matcher(rowMonth).matches()) {
			return reject(rowNumber, record, "imports.reject.month-format", rowMonth);
		}
		if (!rowMonth.equals(month)) {
			return reject(rowNumber, record, "imports.reject.month-mismatch", rowMonth, month);
		}
		String reportedBy = record.getField(columns.reportedBy()).strip();
		if (reportedBy.isEmpty()) {
			return reject(rowNumber, record, "imports.reject.force-empty", forceName);
		}
		if (!reportedBy.equals(forceName)) {
			return reject(rowNumber, record, "imports.reject.force", reportedBy, forceName);
		}
		String longitudeText = record.getField(columns.longitude()).strip();
		String latitudeText = record.getField(columns.latitude()).strip();
		Double longitude = null;
		Double latitude = null;
		if (longitudeText.isEmpty() != latitudeText.isEmpty()) {
			return reject(rowNumber, record, "imports.reject.coordinates-missing");
		}
		if (!longitudeText.isEmpty()) {
			try {
				longitude = Double.parseDouble(longitudeText);
				latitude = Double.parseDouble(latitudeText);
			}
			catch (NumberFormatException ex) {
				return reject(rowNumber, record, "imports.reject.coordinates-format", longitudeText, latitudeText);
			}
			if (!(longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE && latitude >= MIN_LATITUDE
					&& latitude <= MAX_LATITUDE)) {
				return reject(rowNumber, record, "imports.reject.outside-uk", longitudeText, latitudeText);
			}
		}
		String crimeType = record.getField(columns.crimeType()).strip();
		if (crimeType.isEmpty()) {
			return reject(rowNumber, record, "imports.reject.crime-type-empty");
		}
		if (!CRIME_TYPES.contains(crimeType)) {
			return reject(rowNumber, record, "imports.reject.crime-type", crimeType);
		}
		String lsoa = record.getField(columns.lsoaCode()).strip();
		if (!lsoa.isEmpty() && !isLsoaCode(lsoa)) {
			return reject(rowNumber, record, "imports.reject.lsoa", lsoa);
		}
		String crimeId = record.getField(columns.crimeId()).strip();
		if (!crimeId.isEmpty() && !isCrimeId(crimeId)) {
			return reject(rowNumber, record, "imports.reject.crime-id", crimeId);
		}
		String outcome = columns.outcome() < record.getFieldCount() ? record.getField(columns.outcome()).strip() : "";
		return new StreetCrimeRow(rowNumber, crimeId.isEmpty() ? null : crimeId.toLowerCase(), crimeType, longitude,
				latitude, lsoa.isEmpty() ? null : lsoa, outcome.isEmpty() ? null : ImportLog.truncate(outcome, 120),
				longitude == null ? null : longitudeText, latitude == null ? null : latitudeText);
	}

	/** E01 or W01 and six digits, checked by hand: this runs for every row. */
	static boolean isLsoaCode(String code) {
		if (code.length() != 9 || (code.charAt(0) != 'E' && code.charAt(0) != 'W') || code.charAt(1) != '0'
				|| code.charAt(2) != '1') {
			return false;
		}
		for (int i = 3; i < 9; i++) {
			if (code.charAt(i) < '0' || code.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** 64 hexadecimal characters. */
	static boolean isCrimeId(String id) {
		if (id.length() != 64) {
			return false;
		}
		for (int i = 0; i < 64; i++) {
			char c = id.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
				return false;
			}
		}
		return true;
	}

	private static Rejection reject(int rowNumber, CsvRecord record, String code, String... args) {
		return new Rejection(rowNumber, code, List.of(args), String.join(",", record.getFields()));
	}

}
