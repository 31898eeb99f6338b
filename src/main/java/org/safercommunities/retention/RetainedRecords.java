package org.safercommunities.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A module's records that expire. The module alone knows its tables: it says which records are past a cut-off
 * and disposes of one when asked; retention keeps the clock, the holds and the log.
 */
public interface RetainedRecords {

	/** The record types this module keeps for a limited time. */
	List<RecordType> types();

	/**
	 * Up to {@code limit} ids of records of {@code type} whose retention started before {@code cutoff} and that
	 * have not been disposed of yet, oldest first.
	 */
	List<Long> expired(String type, LocalDate cutoff, int limit);

	/** How many records of {@code type} start their retention on {@code from} to {@code to} inclusive. */
	long startingBetween(String type, LocalDate from, LocalDate to);

	/**
	 * Deletes or anonymises one record, as its type says, in the caller's transaction; false when it no longer
	 * exists or was disposed of already.
	 */
	boolean dispose(String type, long id);

	/**
	 * For a {@link Disposal#REVIEW} type: keeps the record, as an officer decided on review, until {@code nextReview},
	 * when it is due again; false when it no longer exists or was disposed of already. The decision and its reason are
	 * logged and audited by retention.
	 */
	default boolean keep(String type, long id, LocalDate nextReview) {
		throw new UnsupportedOperationException("Records of " + type + " are not reviewed");
	}

	/** Where staff read the record before deciding on its review, or null when it has no page. */
	default String recordPath(String type, long id) {
		return null;
	}

	/** The tables of this module that a type's disposal changes, for the data map's retention line. */
	default List<String> tables(String type) {
		return List.of();
	}

	/**
	 * @param code stable name, also the key of its setting ({@code safer.retention.periods.<code>}) and the record
	 * type in the audit log and holds
	 * @param labelKey message key of what the records are ("Sent e-mails")
	 * @param fromKey message key of what the period counts from ("after it was sent")
	 * @param period the default period, which a deployment may change
	 */
	record RecordType(String code, String labelKey, String fromKey, Period period, Disposal disposal) {
	}

	enum Disposal {

		/** The row and what hangs off it are deleted. */
		DELETE,

		/** Personal data is removed; the counted facts (date, area, strand) stay, so past figures do not change. */
		ANONYMISE,

		/**
		 * Due for review: an officer keeps it (with a reason and a new review date) or anonymises it. The job does not
		 * dispose of an unreviewed record unless {@code safer.retention.dispose-unreviewed} names its type; then it is
		 * anonymised.
		 */
		REVIEW;

		/** What is done to a record of this kind when it is disposed of: a reviewed record is anonymised. */
		public Disposal done() {
			return this == REVIEW ? ANONYMISE : this;
		}

	}

}
