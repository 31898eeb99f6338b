package org.safercommunities.imports;

import java.time.Instant;
import java.time.LocalDate;

/** One imported file, as the import log keeps it; rowsBefore: rows the same data held before it, if known. */
public record PoliceImport(long id, ImportKind kind, String fileName, String sha256, String forceCode,
		String forceName, LocalDate month, ImportStatus status, int rowsRead, int rowsImported, int rowsRejected,
		String message, Instant startedAt, Instant finishedAt, Integer rowsBefore) {

	/** The month as YYYY-MM, or null for files that cover many months. */
	public String monthLabel() {
		return month == null ? null : month.toString().substring(0, 7);
	}

}
